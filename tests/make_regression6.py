#!/usr/bin/env python3
"""Writes tests/regression6.jsonl: a seventh set mixing everything (realistic
drafts, pairs, engages-nothing), labelled from labelling.md and scored blind
before any rule change (README)."""
from corpus_writer import Corpus, S, V, M

corpus = Corpus()
case = corpus.case

case("x-1", "Each State Party shall adopt legislative measures enabling its competent authorities to compel any person in possession of a device to unlock it or to provide the passcode.", strong_encryption=V, lawful_access=V)
case("x-2", "Data preserved under this article shall be disclosed to the requesting State Party only upon receipt of a formal request for mutual legal assistance.", international_cooperation=S, lawful_access=S)
case("x-3", "Each State Party shall ensure that providers offering services in its territory appoint a legal representative there who is able to respond to orders for electronic evidence.", state_obligations=V)
case("x-4", "The provisions of this Chapter shall be interpreted in harmony with the Second Additional Protocol to the Budapest Convention.", harmonized_rules=S)
case("x-5", "States Parties may deny extradition where they have substantial grounds to believe that the request was made to prosecute a person on account of that person's political opinions.", human_rights=S, international_cooperation=M)
case("x-6", "The criminalisation of insulting public officials online shall be left to the discretion of each State Party.", free_expression=V, narrow_scope=V)
case("x-7", "Each State Party shall consider establishing a national platform through which victims and companies can report incidents voluntarily and receive assistance.", victim_protection=S)
case("x-8", "Nothing in this Convention shall be construed to require providers to monitor the information they transmit or store, or to actively seek facts indicating illegal activity.", state_obligations=S)  # no free_expression: a monitoring ban is not an express protection of expression (labelling §7; the independent annotators of dev2 and real14 agree)
case("x-9", "Reservations to article 26 (Illegal interference) shall not be permitted.", )
case("x-10", "Each State Party shall make publicly available, at least annually, a report on the number of data requests received from other States and how they were handled.", accountability=S)
case("x-11", "The Conference of the States Parties shall adopt its rules of procedure by consensus and shall establish a mechanism for the participation of non-governmental organizations.", consensus=S, multistakeholder_participation=S)
# Relabelled: setting aside the safeguards as a whole also sets aside the
# rights they implement (labelling §8, as dev2's annotators read dn-077 and
# pd-030); excluding one safeguard (a warrant) stays lawful access alone.
case("x-12", "Each State Party may, by declaration, exclude the application of the safeguards of article 24 to investigations concerning national security.", lawful_access=V, human_rights=V)
case("x-13", "Each State Party shall criminalise the unauthorised interception of non-public transmissions of computer data, and the deliberate damaging of computer data, when committed without right.", narrow_scope=S)
case("x-14", "States Parties shall cooperate with the private sector in building the capacities of law enforcement agencies, and may share with it information on emerging threats.", inclusive_capacity_building=S, information_sharing=S)
case("x-15", "Technical assistance may include the donation of equipment and software, provided that recipients are free to choose among vendors.", voluntary_tech_neutral_assistance=S)
case("x-16", "The executive authorities may, without judicial oversight, order telecommunications operators to disconnect subscribers suspected of disseminating unlawful content.", open_internet=V, free_expression=V)
case("x-17", "This Convention shall enter into force ninety days after the deposit of the thirtieth instrument of ratification.", )
case("x-18", "Each State Party shall take the necessary measures to dismantle criminal infrastructure hosted in its territory when informed of it by another State Party.", due_diligence=S, international_cooperation=S)

corpus.write(__file__, "regression6.jsonl")
