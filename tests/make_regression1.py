#!/usr/bin/env python3
"""Writes tests/regression1.jsonl: a second set of the project's own clauses,
written after the rules, labelled from labelling.md before the engine was run
on them, and first scored blind (see README). Phrasings deliberately differ
from the rules' examples. Edit this file, not the JSONL."""
from corpus_writer import Corpus, S, V, M

corpus = Corpus()
case = corpus.case

case("h-la-1", "The competent authorities of each State Party may, for the purposes of any criminal investigation, compel the production of any subscriber information held by a service provider.", lawful_access=V)
case("h-la-2", "Production orders under this article shall be issued by an independent judicial authority, shall be limited to data that are strictly necessary for a specific investigation, and shall specify the period for which they are valid.", lawful_access=S)
case("h-la-3", "A State Party may authorise the real-time interception of communications content by its intelligence services on the basis of an administrative decision, which shall be reviewed by a judge within six months.", lawful_access=M)
case("h-la-4", "Nothing in this Chapter authorises a State Party to obtain access to stored computer data located in the territory of another State Party without the consent of that State Party.", lawful_access=S)
case("h-se-1", "Providers of end-to-end encrypted messaging services shall design their systems so that lawfully authorised officials can read the content of messages.", strong_encryption=V, state_obligations=V)
case("h-se-2", "States Parties shall refrain from requiring manufacturers or service providers to weaken or circumvent the encryption of their products and services.", strong_encryption=S)
case("h-se-3", "A person who refuses to disclose a password or decryption key to the police when ordered to do so shall be liable to imprisonment for up to two years.", strong_encryption=V)
case("h-se-4", "States Parties shall promote the use of strong encryption to protect the confidentiality of communications.", strong_encryption=S)
case("h-hr-1", "The provisions of this Convention shall be without prejudice to the Budapest Convention on Cybercrime and its protocols.", harmonized_rules=S)
case("h-hr-2", "Obligations arising under this Convention shall take precedence over any obligation of a State Party under any other international agreement.", harmonized_rules=V)
case("h-ic-1", "States Parties shall cooperate with each other, through mutual legal assistance and the extradition of offenders, to the widest extent possible.", international_cooperation=S)
case("h-ic-2", "A requested State Party may at its sole discretion refuse to execute any request for mutual legal assistance.", international_cooperation=V)
case("h-ns-1", "Each State Party shall criminalise, when committed intentionally and without right, the serious hindering of the functioning of an ICT system.", narrow_scope=S)
case("h-ns-2", "Each State Party shall establish as criminal offences all crimes set out in its criminal code where they are committed through the use of a computer.", narrow_scope=V)
case("h-fe-1", "Each State Party shall make it a criminal offence to publish online statements that insult the honour of the head of State.", free_expression=V, narrow_scope=V)
case("h-fe-2", "Each State Party shall ensure that measures taken under this Convention do not restrict freedom of expression, including the freedom to seek, receive and impart information.", free_expression=S, human_rights=S)
case("h-fe-3", "Social media platforms shall remove within twenty-four hours any publication the competent authority deems harmful to public morals.", free_expression=V, state_obligations=V)
case("h-so-1", "Each State Party shall oblige cloud service providers to undergo annual security audits by a State-accredited body.", state_obligations=V)
case("h-so-2", "This Convention does not impose technical requirements or security standards on the private sector.", state_obligations=S)
case("h-icb-1", "Technical assistance shall be made available to private companies and non-profit organisations, in addition to public authorities.", inclusive_capacity_building=S)
case("h-icb-2", "Technical assistance under this Chapter shall be reserved for public authorities of States Parties.", inclusive_capacity_building=V)
case("h-vta-1", "Developing States Parties shall be entitled to receive, free of charge, the source code of any software used by other States Parties to investigate offences.", voluntary_tech_neutral_assistance=V)
case("h-vta-2", "Assistance shall be technology-neutral, voluntary and provided on mutually agreed terms.", voluntary_tech_neutral_assistance=S)
case("h-is-1", "States Parties shall share, in a timely manner, information about emerging cybercrime trends with relevant private sector partners.", information_sharing=S)
case("h-hu-1", "Each State Party shall ensure that the implementation of this Convention is subject to the protection of human rights, in particular the right to privacy and the right to a fair trial.", human_rights=S)
case("h-hu-2", "States Parties may suspend the right to privacy in respect of any person suspected of an offence under this Convention.", human_rights=V)
case("h-dd-1", "Each State Party shall investigate and prosecute criminal groups operating from its territory that attack ICT systems in other States.", due_diligence=S)
case("h-msp-1", "The secretariat shall organise regular consultations with industry, academia and civil society on the implementation of this Convention.", multistakeholder_participation=S)
case("h-msp-2", "Stakeholders other than States shall not be permitted to attend the sessions of the Conference of the States Parties.", multistakeholder_participation=V)
case("h-vp-1", "Each State Party shall ensure that victims of offences covered by this Convention receive appropriate support and can claim compensation.", victim_protection=S)
case("h-acc-1", "Each State Party shall ensure that the use of the powers in this Chapter is subject to independent oversight and that annual reports on their use are made public.", accountability=S, lawful_access=S)
case("h-acc-2", "The fact that an order has been issued under this article shall remain secret indefinitely.", accountability=V)
case("h-tp-1", "The provisions of this Convention shall apply irrespective of the technology used, including technologies developed in the future.", time_proofing=S)
case("h-oi-1", "Each State Party may, where it deems it necessary, restrict access to the internet within its territory in the interest of public order.", open_internet=V)
case("h-oi-2", "States Parties shall not disconnect their national networks from the global internet.", open_internet=S)
case("h-co-1", "The Conference of the States Parties shall make every effort to reach decisions by consensus.", consensus=S)
case("h-co-2", "Decisions of the Conference shall require a simple majority of the States Parties present and voting.", consensus=V)
case("h-nil-1", "This Convention shall be open for accession by any State or regional economic integration organization.")
case("h-nil-2", "Reservations may not be made in respect of any provision of this Convention.")
case("h-nil-3", "Each State Party shall inform the Secretary-General of the name and address of its central authority.")
# minimal pairs
case("h-pair-1a", "Each State Party shall require communication service providers to store all traffic data for twelve months.", state_obligations=V, lawful_access=V)
case("h-pair-1b", "No State Party shall require communication service providers to store all traffic data for twelve months.", lawful_access=S)
case("h-pair-2a", "Competent authorities may order the disclosure of stored content data.", lawful_access=V)
case("h-pair-2b", "Competent authorities may order the disclosure of stored content data, subject to prior judicial authorisation and to the principles of necessity and proportionality.", lawful_access=S)
case("h-pair-3a", "States Parties shall adopt amendments to this Convention by consensus.", consensus=S)
case("h-pair-3b", "States Parties shall adopt amendments to this Convention by a two-thirds majority.", consensus=V)

corpus.write(__file__, "regression1.jsonl")
