#!/usr/bin/env python3
"""Writes tests/regression5.jsonl: a sixth set, support and mixed verdicts in
unfamiliar wording, labelled from labelling.md and scored blind before any
rule change (README)."""
from corpus_writer import Corpus, S, V, M

corpus = Corpus()
case = corpus.case

case("p-la-1", "Access to stored communications shall require a warrant from an independent judge, granted only where the measure is necessary and proportionate, and limited to the data strictly required.", lawful_access=S)
case("p-la-2", "The interception of communications may be authorised by a senior police officer for up to ninety days, renewable without limit.", lawful_access=M)
case("p-se-1", "No provision of this Convention may be interpreted as limiting the right of any person to use encryption or other technical means to protect the confidentiality of communications.", strong_encryption=S)
case("p-se-2", "Service providers shall not be obliged to provide access to encrypted content, except on the basis of a court order where they hold the keys themselves.", strong_encryption=M)
case("p-ns-1", "The offences established under this Chapter shall be limited to conduct directed against the confidentiality, integrity or availability of computer data and systems.", narrow_scope=S)
case("p-fe-1", "States Parties shall ensure that no person is prosecuted under this Convention for expressing opinions, reporting news or criticising the government.", free_expression=S, human_rights=S)
case("p-so-1", "Nothing in this Convention shall require States Parties to impose cybersecurity obligations on private companies; such matters remain within national competence.", state_obligations=S)
case("p-icb-1", "Capacity-building programmes shall be designed and delivered in partnership with industry, academia and non-governmental organizations, which may also benefit from them.", inclusive_capacity_building=S)
case("p-vta-1", "Participation in technical assistance shall be voluntary, and no State Party shall be required to adopt any particular technology or product.", voluntary_tech_neutral_assistance=S)
case("p-is-1", "States Parties shall cooperate with service providers and security researchers in the timely exchange of information about new attack techniques and vulnerabilities.", information_sharing=S)
case("p-hu-1", "Any restriction of rights resulting from the application of this Convention shall be provided by law, pursue a legitimate aim and be necessary and proportionate, in accordance with international human rights law.", human_rights=S)
case("p-dd-1", "Each State Party shall exercise due diligence to ensure that its territory is not used by criminal groups to commit offences against other States.", due_diligence=S)
case("p-msp-1", "The review mechanism shall include the possibility for stakeholders, including the private sector and civil society, to submit written contributions and to take part in country visits.", multistakeholder_participation=S)
case("p-vp-1", "Each State Party shall establish or designate contact points to which victims of cybercrime, including businesses, can turn for advice and support.", victim_protection=S)
case("p-acc-1", "Each State Party shall establish an independent body to oversee the use of the powers in Chapter IV and to handle complaints from individuals.", accountability=S, lawful_access=S)
case("p-tp-1", "Definitions in this Convention shall be applied in a technology-neutral way, covering both existing and future means of communication.", time_proofing=S)
case("p-oi-1", "States Parties shall ensure that measures taken under this Convention do not fragment the internet or impair its global interoperability.", open_internet=S)
case("p-co-1", "The Conference of the States Parties shall reach agreement on all matters by consensus; no matter of substance shall be put to a vote.", consensus=S)
case("p-mix-1", "States Parties shall protect encryption; however, a court may order a provider to decrypt specific communications in cases of terrorism.", strong_encryption=M)
case("p-mix-2", "Technical assistance shall be open to the private sector. Assistance involving operational data shall be reserved for public authorities.", inclusive_capacity_building=M)

corpus.write(__file__, "regression5.jsonl")
