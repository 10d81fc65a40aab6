#!/usr/bin/env python3
"""Writes tests/regression4.jsonl: a fifth set, aimed at violations in unfamiliar
wording (the weakness the earlier blind scores showed), labelled from
labelling.md and scored blind before any rule change (README)."""
from corpus_writer import Corpus, S, V, M

corpus = Corpus()
case = corpus.case

case("v-la-1", "Law enforcement agencies may access any data held by telecommunications operators without a court order.", lawful_access=V)
case("v-la-2", "The authorities shall have unrestricted remote access to the servers of hosting providers for the purpose of combating cybercrime.", lawful_access=V)
case("v-la-3", "Each State Party may conduct covert remote searches of computer systems located abroad without notifying the State concerned.", lawful_access=V, harmonized_rules=V)
case("v-se-1", "Messaging services shall scan the content of all messages, including end-to-end encrypted messages, before they are sent.", strong_encryption=V, state_obligations=V)
case("v-se-2", "The use of encryption that cannot be decrypted by the competent authorities shall be prohibited.", strong_encryption=V)
case("v-se-3", "Providers shall register the encryption algorithms they use with the national security service and shall disclose the corresponding keys on request.", strong_encryption=V, state_obligations=V)
case("v-ns-1", "Each State Party shall criminalise the use of information technologies to commit any offence against the interests of the State.", narrow_scope=V)
case("v-fe-1", "Each State Party shall establish as a criminal offence the creation and dissemination of fake news that harms the reputation of public authorities.", free_expression=V, narrow_scope=V)
case("v-fe-2", "Each State Party shall criminalise online calls for mass riots, extremist activities or participation in unauthorised public events.", free_expression=V, narrow_scope=V)
case("v-so-1", "Providers of digital services shall implement the cybersecurity requirements adopted by the Conference of the States Parties and shall be audited every two years.", state_obligations=V)
case("v-so-2", "Each State Party shall oblige hosting providers to verify the identity of all their customers and to keep that information for five years.", state_obligations=V, lawful_access=V)
case("v-icb-1", "Only governmental institutions shall be eligible for capacity-building support under this Convention.", inclusive_capacity_building=V)
case("v-vta-1", "States Parties receiving technical assistance shall purchase the forensic software certified by the secretariat.", voluntary_tech_neutral_assistance=V)
case("v-is-1", "States Parties shall not share information on cybercrime threats with private companies.", information_sharing=V)
case("v-hu-1", "Human rights considerations shall not prevent the execution of requests made under this Convention.", human_rights=V)
case("v-dd-1", "A State Party bears no obligation to act against offenders located in its territory whose conduct targets other States.", due_diligence=V)
case("v-msp-1", "Only Member States may participate in the negotiations; non-governmental organizations shall be excluded.", multistakeholder_participation=V)
case("v-vp-1", "Victims who fail to report an attack within one hour shall lose any right to compensation.", victim_protection=V)
case("v-acc-1", "The use of the powers under this Chapter shall not be subject to judicial review or to any reporting obligation.", accountability=V, lawful_access=V)
case("v-tp-1", "For the purposes of this Convention, “computer” means a desktop or laptop personal computer running an operating system.", time_proofing=V)
case("v-oi-1", "Each State Party shall establish a national gateway through which all internet traffic to and from its territory shall be routed and filtered.", open_internet=V)
case("v-oi-2", "The competent authorities may order the throttling of social media platforms during periods of unrest.", open_internet=V)
case("v-co-1", "Decisions shall be taken by a majority of the members of the Bureau.", consensus=V)
case("v-ic-1", "States Parties shall have no obligation to respond to requests for assistance from other States Parties.", international_cooperation=V)
case("v-hr-1", "This Convention shall supersede all bilateral and regional agreements on cybercrime between States Parties.", harmonized_rules=V)

corpus.write(__file__, "regression4.jsonl")
