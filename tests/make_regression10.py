#!/usr/bin/env python3
"""Writes tests/regression10.jsonl: an eleventh set in the style of negotiating
drafts (numbered paragraphs, bracketed alternatives), weighted towards the
principles the other sets test least (harmonised rules, open internet,
consensus, multistakeholder participation, inclusive and tech-neutral
assistance, time-proofing) and towards violations in new wording; labelled
from labelling.md, with the own sets' precedents for consistency, and
scored blind before any rule change (README): precision 0.905, recall
0.613, F1 0.731, violation recall 0.500, no flip. Two labels were corrected
on review after that run, each by a precedent named below."""
from corpus_writer import Corpus, S, V, M

corpus = Corpus()
case = corpus.case

case("x-1", "1. Each State Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences under its domestic law, when committed intentionally and without right, the access to the whole or any part of an information and communications technology system. 2. A State Party may require that the offence be committed by infringing security measures.", narrow_scope=S)
case("x-2", "States Parties shall [criminalize][consider criminalizing] the production, offering, sale or distribution of any material that glorifies or justifies terrorist acts, when committed through the use of information and communications technologies.", free_expression=V, narrow_scope=V)
case("x-3", "Nothing in this Convention shall affect the rights and obligations of States Parties under the Council of Europe Convention on Cybercrime and its Protocols.", harmonized_rules=S)
case("x-4", "Where the provisions of this Convention conflict with those of any other international agreement, the provisions of this Convention shall prevail.", harmonized_rules=V)
case("x-5", "Each State Party shall, in accordance with its domestic law, ensure that providers of hosting services establish mechanisms allowing users to flag unlawful content, and act expeditiously to disable access to such content.", state_obligations=V, free_expression=V)
# As dev-042: exchange of trends with the private sector, academia and civil
# society is both information sharing and their participation.
case("x-6", "The secretariat shall, in cooperation with States Parties, maintain a platform for the voluntary exchange of information on cybercrime trends, methods and best practices with the private sector, academia and civil society.", information_sharing=S, multistakeholder_participation=S)
# Reviewed: first labelled time-proofing supports too, as the mirror of the
# own case vta-lockin; but dev-037 and devb-061 (and the own o-vta) label
# tech-neutral assistance as engaging only voluntary-tech-neutral-assistance.
case("x-7", "Each State Party shall ensure that technical assistance provided under this Convention does not require the recipient to adopt any particular technology, product or vendor.", voluntary_tech_neutral_assistance=S)
case("x-8", "Each State Party shall require that any device capable of encrypting communications sold in its territory be registered with the competent authority together with the means necessary to decrypt it.", strong_encryption=V, state_obligations=V)
case("x-9", "Each State Party shall ensure that its competent authorities may block access to any website or online service through which an offence established under this Convention is being committed.", open_internet=V)
case("x-10", "States Parties shall refrain from measures that would disrupt the general availability or integrity of the internet, including network shutdowns.", open_internet=S)
case("x-11", "The Conference of the States Parties shall adopt its decisions on matters of substance by consensus.", consensus=S)
case("x-12", "If all efforts at consensus have been exhausted, decisions shall be taken by a two-thirds majority.", consensus=M)
case("x-13", "Accredited non-governmental organizations, private sector entities and academic institutions may participate as observers in the sessions of the Conference of the States Parties and its subsidiary bodies.", multistakeholder_participation=S)
case("x-14", "Participation in the Conference of the States Parties shall be limited to representatives of States Parties.", multistakeholder_participation=V)
case("x-15", "Technical assistance and capacity-building shall be delivered exclusively by and to governmental authorities.", inclusive_capacity_building=V)
case("x-16", "Each State Party shall provide that the preservation of specified stored computer data ordered under this article shall not exceed ninety days, and that the disclosure of such data shall be subject to a separate order issued by a court.", lawful_access=S)
case("x-17", "Each State Party shall adopt measures to enable its competent authorities to collect or record traffic data in real time for any offence, without the need for prior authorization.", lawful_access=V)
case("x-18", "Each State Party shall afford victims of offences covered by this Convention the opportunity to present their views and concerns at appropriate stages of criminal proceedings.", victim_protection=S)
case("x-19", "A State Party shall not be obliged to take action against persons on its territory whose conduct targets the information systems of other States.", due_diligence=V)
case("x-20", "Each State Party shall ensure that the powers and procedures provided for in this Chapter are subject to conditions and safeguards that provide for the adequate protection of human rights, including rights arising under the International Covenant on Civil and Political Rights.", human_rights=S, lawful_access=S)
# Reviewed: a remedy for the use of powers is a safeguard on them, and the
# own case o-acc labels such a clause lawful-access supports too (§3).
case("x-21", "Each State Party shall ensure that any person whose rights have been violated by the exercise of powers under this Chapter has access to an effective remedy.", accountability=S, human_rights=S, lawful_access=S)
# As the own case acc-secret: confidentiality without end is against
# accountability only.
case("x-22", "Orders issued under this article, and any information about their existence, shall be kept confidential by the service provider for an unlimited period.", accountability=V)
case("x-23", "Definitions in this Convention shall be technology-neutral and shall not refer to specific devices, software or communication protocols.", time_proofing=S)
case("x-24", "\"Computer system\" means a desktop computer, laptop or mobile telephone connected to the internet via a telephone line.", time_proofing=V)

corpus.write(__file__, "regression10.jsonl")
