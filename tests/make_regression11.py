#!/usr/bin/env python3
"""Writes tests/regression11.jsonl: a twelfth set of paraphrases in the
language of the 2024 UN convention's articles (human rights, conditions and
safeguards, procedural powers, mutual legal assistance, technical
assistance, prevention, data protection, the Conference), written after a
session of probing the negation frame; clauses whose verdict labelling.md
leaves open were left out. Labelled from labelling.md and scored blind
before any rule change (README): precision 0.737, recall 0.778, F1 0.757,
violation recall 0.667, one flip (y-9, the political-opinions ground read
as removed under "Nothing … imposing an obligation … if"). One label was
corrected on review after that run (y-5, saying why)."""
from corpus_writer import Corpus, S, V, M

corpus = Corpus()
case = corpus.case

case("y-1", "States Parties shall ensure that the implementation of their obligations under this Convention is consistent with their obligations under international human rights law.", human_rights=S)
case("y-2", "Nothing in this Convention shall be interpreted as permitting suppression of human rights or fundamental freedoms, including the rights related to the freedoms of expression, conscience, opinion, religion or belief, peaceful assembly and association.", human_rights=S, free_expression=S)
case("y-3", "Each State Party shall ensure that the establishment, implementation and application of the powers and procedures provided for in this Chapter are subject to conditions and safeguards provided for under its domestic law, which shall provide for the protection of human rights, in accordance with its obligations under international human rights law, and which shall incorporate the principle of proportionality.", lawful_access=S, human_rights=S)
case("y-4", "Each State Party shall adopt such legislative and other measures as may be necessary to empower its competent authorities to search or similarly access a computer system or part of it and computer data stored therein, in its territory.", lawful_access=V)
# Reviewed: first labelled violates (no authorisation); but "associated with
# specified communications" is one of the specific limits of labelling §3,
# so the power has some safeguard and a gap: mixed.
case("y-5", "Each State Party shall adopt such legislative and other measures as may be necessary to empower its competent authorities to compel a service provider, within its existing technical capability, to collect or record, through the application of technical means in its territory, traffic data in real time associated with specified communications in its territory transmitted by means of an information and communications technology system.", lawful_access=M)
case("y-6", "Each State Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences under its domestic law, when committed intentionally and without right, producing, offering, selling, distributing, transmitting, broadcasting, displaying, publishing or otherwise making available child sexual abuse or child sexual exploitation material through an information and communications technology system.")
case("y-7", "States Parties shall afford one another the widest measure of mutual legal assistance in investigations, prosecutions and judicial proceedings in relation to the offences established in accordance with this Convention.", international_cooperation=S)
case("y-8", "Mutual legal assistance may be refused if the requested State Party considers that execution of the request is likely to prejudice its sovereignty, security, ordre public or other essential interests.", international_cooperation=M)
case("y-9", "Nothing in this Convention shall be interpreted as imposing an obligation to provide mutual legal assistance if the requested State Party has substantial grounds for believing that the request has been made for the purpose of prosecuting or punishing a person on account of that person's sex, race, language, religion, nationality, ethnic origin or political opinions.", human_rights=S)
case("y-10", "States Parties shall, according to their capacity, consider affording one another the widest measure of technical assistance, especially for the benefit of developing countries, including training, exchange of experience and specialized knowledge, and transfer of technology on mutually agreed terms.", voluntary_tech_neutral_assistance=S)
case("y-11", "Technical assistance and capacity-building may include the participation of, and cooperation with, relevant non-governmental organizations, civil society organizations, academic institutions and the private sector.", inclusive_capacity_building=S)
case("y-12", "States Parties shall endeavour to promote the active participation of individuals and groups outside the public sector, such as non-governmental organizations, civil society organizations, academic institutions and the private sector, as well as the public in general, in the prevention of the offences covered by this Convention.", multistakeholder_participation=S)
case("y-13", "The competent authorities of States Parties shall, where appropriate, share with one another and with relevant private-sector entities timely information on emerging cyber threats and criminal methods.", information_sharing=S)
case("y-14", "The Conference of the States Parties shall make every effort to adopt decisions on matters of substance by consensus; if no consensus is reached, decisions shall be taken by a two-thirds majority of the States Parties present and voting.", consensus=M)
case("y-15", "An amendment adopted in accordance with this article shall be subject to ratification, acceptance or approval by States Parties.")
case("y-16", "A State Party transferring personal data pursuant to this Convention shall do so in accordance with its domestic law and applicable international law, and may require that the receiving State Party process the data only for the purposes for which they were transferred.", human_rights=S)
case("y-17", "Each State Party shall adopt measures to oblige a service provider to keep confidential the fact of the execution of any power provided for in this article and any information relating to it.", accountability=V)
case("y-18", "Nothing in this Convention shall be interpreted as authorizing a State Party to restrict or disrupt access to the internet or to online services.", open_internet=S)

corpus.write(__file__, "regression11.jsonl")
