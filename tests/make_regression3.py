#!/usr/bin/env python3
"""Writes tests/regression3.jsonl: a fourth set of the project's own clauses in
the style of real negotiating drafts (multi-paragraph articles, chapeaux with
lettered items, brackets, footnotes), labelled from labelling.md and scored
blind before any rule change (README)."""
from corpus_writer import Corpus, S, V, M

corpus = Corpus()
case = corpus.case

# Relabelled under labelling §26 (new): a power whose only safeguard is a
# cross-reference ("subject to articles 23 and 24") is mixed; supports needs
# the clause itself to add prior independent authorisation.
case("r-prod", "Article 27. Production order\n1. Each State Party shall adopt such legislative and other measures as may be necessary to empower its competent authorities to order:\n(a) a person in its territory to submit specified electronic data in that person's possession or control; and\n(b) a service provider offering its services in the territory of the State Party to submit subscriber information relating to such services.\n2. The powers and procedures referred to in this article shall be subject to articles 23 and 24.", lawful_access=M)
case("r-rt-content", "Each State Party shall, in relation to a range of serious offences to be determined by domestic law, adopt such measures as may be necessary to empower its competent authorities to collect or record content data of specified communications in real time, without prior judicial authorisation where the matter is urgent.", lawful_access=M)
case("r-decrypt-assist", "Each State Party shall ensure that its competent authorities may order any person who has knowledge of the cryptographic measures applied to electronic data to provide such assistance as is necessary to render those data intelligible.", strong_encryption=V, lawful_access=V)
case("r-no-weaken", "In implementing this Chapter, States Parties shall not require the introduction of any systemic weakness or vulnerability into encryption, and shall not prevent providers from offering end-to-end encrypted services.", strong_encryption=S)
case("r-scope", "Article 3. Scope of application\nThis Convention shall apply, except as otherwise stated herein, to the prevention, investigation and prosecution of the criminal offences established in accordance with this Convention.", narrow_scope=S)
case("r-scope-wide", "This Convention shall apply to the collection, obtaining and sharing of evidence in electronic form of any serious crime, including crimes in whose commission no information and communications technology system was used.", narrow_scope=V)
case("r-csam", "Each State Party shall establish as criminal offences the producing, offering, distributing or possessing of child sexual abuse material through an ICT system.", )
case("r-extremism", "Each State Party shall take measures to counter the use of ICT for the dissemination of extremist ideology, including by requiring platforms to delete such content without delay.", free_expression=V, state_obligations=V)
case("r-hr-art", "Article 6. Respect for human rights\nStates Parties shall ensure that the implementation of their obligations under this Convention is consistent with their obligations under international human rights law.", human_rights=S)
case("r-cond", "Article 24. Conditions and safeguards\nEach State Party shall ensure that the establishment, implementation and application of the powers and procedures provided for in this Chapter are subject to conditions and safeguards provided for under its domestic law, which shall provide for the protection of human rights.", lawful_access=S, human_rights=S)
case("r-mla-grounds", "Mutual legal assistance may be refused if the requested State Party considers that execution of the request is likely to prejudice its sovereignty, security, ordre public or other essential interests.", international_cooperation=M)
case("r-mla-expedite", "The requested State Party shall execute the request for mutual legal assistance as soon as possible and shall take as full account as possible of any deadlines suggested by the requesting State Party.", international_cooperation=S)
case("r-247", "Each State Party shall designate a point of contact available 24 hours a day, 7 days a week, in order to ensure the provision of immediate assistance for the purpose of specific criminal investigations.", international_cooperation=S)
case("r-ta", "Article 54. Technical assistance and capacity-building\n1. States Parties shall, according to their capacity, consider affording one another the widest measure of technical assistance and capacity-building.\n2. Such activities may include training, the exchange of expertise and the transfer of technology on mutually agreed terms.", voluntary_tech_neutral_assistance=S)
case("r-ta-private", "States Parties shall promote the involvement of the private sector, academia and civil society as partners in technical assistance and capacity-building activities under this Chapter.", inclusive_capacity_building=S)
case("r-prevention", "Each State Party shall endeavour to develop and implement effective cybercrime prevention policies and shall promote the active participation of relevant individuals and groups outside the public sector, such as non-governmental organizations, civil society organizations, academic institutions and the private sector.", multistakeholder_participation=S)
case("r-cop-closed", "The Conference of the States Parties shall decide whether and how stakeholders may be consulted; meetings shall be closed unless the Conference decides otherwise.", multistakeholder_participation=V)
case("r-amend", "Article 61. Amendment\nAny State Party may propose an amendment. The Conference of the States Parties shall make every effort to achieve consensus on each amendment. If all efforts at consensus have been exhausted and no agreement has been reached, the amendment shall, as a last resort, require a two-thirds majority vote of the States Parties present and voting.", consensus=M)
case("r-victims", "Each State Party shall take appropriate measures within its means to provide assistance and protection to victims of offences established in accordance with this Convention, in particular in cases of threat of retaliation or intimidation.", victim_protection=S)
case("r-ransom-report", "Any entity that has paid a ransom following an attack on its systems shall report the payment within twenty-four hours, failing which it shall be liable to a penalty.", victim_protection=V, state_obligations=V)
case("r-stats", "Each State Party shall maintain and publish statistics on the use of the powers in Chapter IV, including the number of requests refused, and shall report them annually to its parliament.", accountability=S)
case("r-gag", "Service providers shall not disclose to their customers or to the public that they have received an order under this Chapter.", accountability=V)
case("r-def-tech", "“Information and communications technology system” means any device or group of interconnected devices that processes electronic data, irrespective of the technology used.", time_proofing=S)
case("r-sovereign", "Each State Party shall have the right to regulate the national segment of the internet and to restrict cross-border data flows in the interest of national security.", open_internet=V)
case("r-dd", "Each State Party shall, upon notification by another State Party, take appropriate measures to stop offences being committed from its territory against the ICT systems of that State Party.", due_diligence=S, international_cooperation=S)
case("r-budapest", "Nothing in this Convention shall affect the rights and obligations of States Parties that are parties to the Convention on Cybercrime of the Council of Europe.", harmonized_rules=S)
case("r-is-trends", "The secretariat shall collect, analyse and disseminate information on trends in cybercrime provided by States Parties, relevant international organizations and the private sector.", information_sharing=S)
case("r-bracket", "Each State Party [shall][may] adopt measures to ensure that providers [retain traffic data for a period of [six months][two years]].", state_obligations=V, lawful_access=V)
case("r-footnote", "Each State Party shall criminalise the intentional interception, without right, of non-public transmissions of computer data.¹\n¹ Text agreed at the fourth session.", narrow_scope=S)
case("r-amend-del", "Article 13: Delete paragraph 2 (“the dissemination of information undermining public order”).", free_expression=S)
case("r-nil-1", "This Convention shall be subject to ratification, acceptance or approval.")
case("r-nil-2", "The Secretary-General of the United Nations shall convene the Conference of the States Parties not later than one year following the entry into force of this Convention.")

corpus.write(__file__, "regression3.jsonl")
