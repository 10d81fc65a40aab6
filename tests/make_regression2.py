#!/usr/bin/env python3
"""Writes tests/regression2.jsonl: a third set of the project's own clauses,
labelled from labelling.md and scored blind before any rule change (README).
Minimal pairs and surface forms, in wording the rules have not seen."""
from corpus_writer import Corpus, S, V, M

corpus = Corpus()
case = corpus.case

# negation pairs
case("n-enc-a", "Each Party shall ensure that providers of online services are able to hand over the encryption keys protecting their users' communications.", strong_encryption=V, state_obligations=V)
case("n-enc-b", "No Party shall require providers of online services to hand over the encryption keys protecting their users' communications.", strong_encryption=S)
case("n-block-a", "The competent authorities may block websites that host material facilitating offences under this Convention.", open_internet=V)
case("n-block-b", "The competent authorities may not block websites as a measure under this Convention.", open_internet=S)
case("n-ms-a", "Representatives of civil society and the private sector may participate in the meetings of the Conference as observers.", multistakeholder_participation=S)
case("n-ms-b", "Representatives of civil society and the private sector may not participate in the meetings of the Conference.", multistakeholder_participation=V)
# duty-bearer pairs
case("d-report-a", "Internet service providers shall notify the national authority of every cyber incident within six hours.", state_obligations=V)
case("d-report-b", "Each State Party shall notify the other States Parties, through the 24/7 network, of cyber incidents of cross-border significance.", international_cooperation=S)
case("d-standard-a", "Each State Party shall require manufacturers of connected devices to comply with mandatory security standards.", state_obligations=V)
case("d-standard-b", "Each State Party shall apply recognised security standards to the ICT systems of its own public administration.")
# safeguard pairs
case("s-search-a", "Each State Party shall empower its law enforcement authorities to search any computer system in its territory.", lawful_access=V)
case("s-search-b", "Each State Party shall empower its law enforcement authorities to search a computer system in its territory on the basis of a judicial warrant that specifies the data sought and is limited in time.", lawful_access=S)
case("s-rt-a", "Real-time collection of traffic data shall be ordered by a prosecutor.", lawful_access=M)
# exception pairs
case("e-dec-a", "Nothing in this Convention shall oblige any provider to decrypt the communications of its users.", strong_encryption=S)
case("e-dec-b", "Nothing in this Convention shall oblige any provider to decrypt the communications of its users, unless a court so orders in a case of serious crime.", strong_encryption=M)
case("e-shut-b", "States Parties shall not shut down internet access, save in exceptional circumstances determined by the executive.", open_internet=M)
# scope pairs
case("sc-a", "Each State Party shall criminalise the unauthorised access to an information system, when committed intentionally.", narrow_scope=S)
case("sc-b", "Each State Party shall criminalise any conduct that is punishable under its law when an information system is used to commit it.", narrow_scope=V)
case("sc-c", "This Convention applies to the prevention and investigation of serious crimes of any kind, whether or not committed online.", narrow_scope=V)
# surface forms: one clause, several forms
base = "States Parties shall not require manufacturers to build backdoors into encrypted products."
case("f-plain", base, strong_encryption=S)
case("f-para", "(4) " + base, strong_encryption=S)
case("f-hyphen", "States Parties shall not require manufacturers to build back-doors into encrypted products.", strong_encryption=S)
case("f-quotes", "States Parties shall not require manufacturers to build ‘backdoors’ into encrypted products.", strong_encryption=S)
case("f-passive", "Manufacturers shall not be required by States Parties to build backdoors into encrypted products.", strong_encryption=S)
case("f-us", "States Parties shall not require manufacturers to build backdoors into encrypted products, nor authorize such a requirement.", strong_encryption=S)
case("f-linebreak", "States Parties shall not require manufac-\nturers to build backdoors into encrypted products.", strong_encryption=S)
base2 = "Each State Party shall adopt measures to assist victims of cybercrime, including small businesses, in recovering from attacks."
case("g-plain", base2, victim_protection=S)
case("g-numbered", "2. " + base2, victim_protection=S)
case("g-caps", base2.replace("victims", "Victims"), victim_protection=S)
# other principles, new wording
case("o-hr", "Measures adopted under this Convention shall respect the principles of legality, necessity and proportionality and the rights enshrined in the Universal Declaration of Human Rights.", human_rights=S)
case("o-hr-v", "The obligations under this Convention shall apply notwithstanding any guarantee of privacy in the domestic law of a State Party.", human_rights=V)
case("o-ic", "States Parties shall establish joint investigation teams where an investigation concerns several States.", international_cooperation=S)
case("o-con", "Any amendment shall be adopted by the vote of two thirds of the Parties.", consensus=V)
case("o-tp", "“Device” means a personal computer or mobile telephone in use on the date this Convention is adopted.", time_proofing=V)
case("o-vta", "Technical assistance shall not require the recipient State to purchase products from a particular supplier.", voluntary_tech_neutral_assistance=S)
case("o-is", "States Parties shall publish regular reports on cybercrime trends and share them with industry and academic researchers.", information_sharing=S)
case("o-acc", "Each State Party shall ensure that any person whose data were intercepted is informed of that fact and may seek redress before a court.", accountability=S, lawful_access=S, human_rights=S)
case("o-dd", "Each State Party shall take action against ransomware groups known to operate from its territory.", due_diligence=S)
case("o-fe", "Each State Party shall make it an offence to share online content that offends religious feelings.", free_expression=V, narrow_scope=V)
case("o-nil", "The present Convention is open for signature by all States until 31 December 2026.")
case("o-nil2", "Each State Party shall designate one or more central authorities responsible for receiving requests for mutual legal assistance.", international_cooperation=S)

corpus.write(__file__, "regression2.jsonl")
