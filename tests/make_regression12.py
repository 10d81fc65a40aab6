#!/usr/bin/env python3
"""Writes tests/regression12.jsonl: a thirteenth set, written at the end of a
session of probing and fixing the negation frame, to measure what that
session's work does on text it was not fitted to: proposals in the style of
States' and stakeholders' submissions (numbered paragraphs, (a)/(b) lists,
bracketed insertions, editorial notes and footnotes). Labelled from
labelling.md and scored blind before any rule change (README): precision
0.783, recall 0.720, F1 0.750, violation recall 0.556, one flip (z-11, "shall
not decline to render assistance" read as removing cooperation). No label
was changed after that run."""
from corpus_writer import Corpus, S, V, M

corpus = Corpus()
case = corpus.case

case("z-1", "1. Each State Party shall adopt such legislative and other measures as may be necessary to establish the powers and procedures provided for in this chapter for the purpose of specific criminal investigations or proceedings. 2. Such powers shall be exercised only with prior authorization from a judicial authority, where necessary and proportionate, and for a limited duration.", lawful_access=S)
case("z-2", "Each State Party shall ensure that service providers, upon receipt of an order, immediately give the competent authorities access to all data held by them, including data protected by encryption, in an intelligible form.", strong_encryption=V, lawful_access=V, state_obligations=V)
case("z-3", "States Parties shall [, as appropriate,] cooperate with relevant private sector entities, particularly technology companies, in the delivery of training and capacity-building programmes.", inclusive_capacity_building=S)
case("z-4", "The following conduct shall be established as criminal offences: (a) the dissemination of false information likely to cause public panic; (b) unauthorized access to a computer system.", narrow_scope=M, free_expression=V)
case("z-5", "Each State Party shall take the necessary measures to ensure that its territory is not used as a safe haven for persons conducting ransomware attacks.", due_diligence=S)
case("z-6", "A State Party may, for reasons of national security, suspend the application of articles 5 and 6 (respect for human rights) during a state of emergency.", human_rights=V)
case("z-7", "The Conference of the States Parties shall, in the performance of its functions, consult relevant non-governmental organizations, the private sector and academia, and shall invite their written contributions.", multistakeholder_participation=S)
case("z-8", "[Proposed new article] Each State Party shall ensure that manufacturers of connected devices implement security-by-design standards approved by the competent authority.¹\n¹ Proposal by one delegation.", state_obligations=V)
case("z-9", "Each State Party shall ensure that any personal data transferred under this Convention is protected by safeguards equivalent to those of its domestic data protection law.", human_rights=S)
case("z-10", "Each State Party shall provide victims of offences established under this Convention with information on their rights and access to victim support services.", victim_protection=S)
case("z-11", "The requested State Party shall not decline to render mutual legal assistance on the ground of bank secrecy.", international_cooperation=S)
case("z-12", "Each State Party shall consider establishing mechanisms for the timely exchange with the private sector of information concerning new forms of cybercrime.", information_sharing=S)
case("z-13", "Each State Party may require that any content which threatens national unity be removed from online platforms within one hour.", free_expression=V, state_obligations=V)
case("z-14", "Technical assistance shall be provided on a voluntary basis and in a manner that is technologically neutral.", voluntary_tech_neutral_assistance=S)
case("z-15", "Nothing in this Convention shall be construed as requiring the disclosure of encryption keys.", strong_encryption=S)
case("z-16", "Each State Party shall ensure that orders issued under this chapter specify the data sought, the legal basis, and the period for which they are valid, which shall not exceed sixty days.", lawful_access=S)
case("z-17", "Amendments to this Convention shall be adopted by consensus of the States Parties.", consensus=S)
case("z-18", "This Convention shall not apply to conduct that is not directed against the confidentiality, integrity or availability of information and communications technology systems or data.", narrow_scope=S)
case("z-19", "Each State Party shall enable its authorities to order the disconnection of any person from internet access services as a penalty for offences established under this Convention.", open_internet=V)
case("z-20", "The use of encryption by journalists, human rights defenders and other persons at risk shall be protected.", strong_encryption=S, human_rights=S)

corpus.write(__file__, "regression12.jsonl")
