#!/usr/bin/env python3
"""Writes tests/regression8.jsonl: a ninth set modelled on ordinary articles of
a UN criminal-justice convention (jurisdiction, confiscation, liability,
witnesses, statistics, disputes), most of which engage little; labelled from
labelling.md and scored blind before any rule change (README)."""
from corpus_writer import Corpus, S, V, M

corpus = Corpus()
case = corpus.case

# Relabelled under labelling §19 (new): taking jurisdiction over offences in its territory supports due-diligence.
case("u-1", "Each State Party shall adopt such measures as may be necessary to establish its jurisdiction over the offences established in accordance with this Convention when the offence is committed in the territory of that State Party.", due_diligence=S)
case("u-2", "Each State Party shall adopt, to the greatest extent possible within its domestic legal system, such measures as may be necessary to enable the confiscation of proceeds of crime derived from offences established in accordance with this Convention.")
# Labelled victim-protection "supports" when written; on review, witnesses
# and experts are not the victims the principle speaks of (principles.md), so
# the label was corrected to "engages nothing" (no rule was changed for it).
case("u-3", "Each State Party shall take appropriate measures in accordance with its domestic legal system and within its means to provide effective protection from potential retaliation or intimidation for witnesses and experts who give testimony concerning offences covered by this Convention.")
case("u-4", "Each State Party shall adopt such measures as may be necessary to ensure that legal persons held liable for offences established in accordance with this Convention are subject to effective, proportionate and dissuasive criminal or non-criminal sanctions.")
case("u-5", "States Parties shall endeavour to settle disputes concerning the interpretation or application of this Convention through negotiation or any other peaceful means of their own choice.")
case("u-6", "Each State Party shall consider establishing a criminal record enabling it to take into consideration any previous conviction in another State of an alleged offender.")
case("u-7", "Each State Party shall, subject to its domestic law, take appropriate measures to encourage persons who participate in the commission of an offence to supply information useful to competent authorities for investigative and evidentiary purposes.")
case("u-8", "Each State Party shall, in accordance with fundamental principles of its domestic law, endeavour to promote the participation of the private sector in the prevention of the offences established in accordance with this Convention, including through public-private partnerships.", multistakeholder_participation=S)
case("u-9", "Each State Party shall ensure that persons who are in custody in connection with an offence established under this Convention are able to communicate without delay with the nearest representative of the State of which they are nationals.", human_rights=S)
case("u-10", "Each State Party shall ensure the availability of specialized authorities or persons trained in combating cybercrime, with the necessary independence to carry out their functions effectively and without undue influence.")
case("u-11", "States Parties shall consider entering into bilateral or multilateral agreements or arrangements to enhance the effectiveness of law enforcement cooperation, and, where no such agreements exist, may consider this Convention as the basis for such cooperation.", international_cooperation=S)
case("u-12", "Each State Party shall ensure that its domestic law allows the seizure of computer data and its subsequent forfeiture without any judicial decision.", lawful_access=V)
case("u-13", "The Secretary-General of the United Nations shall provide the necessary secretariat services to the Conference of the States Parties to the Convention.")
case("u-14", "Each State Party shall provide for a statute of limitations that is sufficiently long to allow for the investigation and prosecution of offences established under this Convention.")

corpus.write(__file__, "regression8.jsonl")
