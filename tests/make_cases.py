#!/usr/bin/env python3
"""Writes tests/cases.jsonl: the project's own labelled clauses.

Each case is written by hand against shared/spec/labelling.md, independently
of what the engine outputs. Groups: each principle in both polarities; minimal
pairs (one feature changed: negation, duty-bearer, safeguard, exception,
scope); one clause in several surface forms; traps (brackets, amendments,
editorial matter); clauses that engage nothing. Edit this file, not the JSONL.
"""
from corpus_writer import Corpus, S, V, M

corpus = Corpus()
case = corpus.case

# ── lawful-access ──────────────────────────────────────────────────────────
case("la-robust", "Each State Party shall empower its competent authorities to order the production of stored content data only on the basis of a warrant issued by a judge, where necessary and proportionate to the investigation of a specified serious offence.", lawful_access=S)
case("la-none", "Each State Party shall empower its competent authorities to search and seize any stored electronic data whenever they consider it useful for their work.", lawful_access=V)
case("la-gap", "Interception of content data shall be authorised by a judge. Such authorisation may be renewed indefinitely.", lawful_access=M)
case("la-only-safeguards", "The powers provided for in this Chapter shall be subject to prior authorisation by a judicial or other independent authority and to the principles of necessity and proportionality.", lawful_access=S)
case("la-negated-power", "No State Party shall intercept the content of communications of persons located outside its territory.", lawful_access=S)
case("la-no-auth-excluded", "Orders for the disclosure of traffic data shall not require prior authorisation by a court.", lawful_access=V)
case("la-passive", "Stored content data may be obtained by the competent authorities at any time and without judicial authorisation.", lawful_access=V)
case("la-us-spelling", "Each State Party shall ensure that real-time collection of traffic data is authorized in advance by a judge, for a period not exceeding thirty days, and only where necessary and proportionate.", lawful_access=S)
case("la-uk-spelling", "Each State Party shall ensure that real-time collection of traffic data is authorised in advance by a judge, for a period not exceeding thirty days, and only where necessary and proportionate.", lawful_access=S)
case("la-numbered", "1. Each State Party shall empower its competent authorities to collect traffic data in real time.\n2. Such collection shall require prior judicial authorisation and shall be limited to a specified period not exceeding sixty days.", lawful_access=S)
case("la-lettered", "Each State Party shall empower its competent authorities to:\n(a) search stored electronic data; and\n(b) seize such data,\nwithout any requirement of judicial authorisation.", lawful_access=V)
case("la-preservation", "Each State Party shall enable its competent authorities to order the expedited preservation of specified stored computer data, disclosure of which shall be subject to a separate order under article 27.", lawful_access=S)
# ── strong-encryption ──────────────────────────────────────────────────────
case("se-mandate", "Each State Party shall require providers of messaging services to ensure that the content of encrypted communications can be provided to the authorities in decrypted form.", strong_encryption=V, state_obligations=V)
case("se-ban", "No State Party shall require a provider of ICT products or services to introduce a backdoor or otherwise weaken the encryption of its products.", strong_encryption=S)
case("se-nothing", "Nothing in this Convention shall be construed as requiring any person to decrypt data or to disclose cryptographic keys.", strong_encryption=S)
case("se-may", "Each State Party may require any person who holds a decryption key to surrender it to the competent authorities.", strong_encryption=V)
case("se-exception", "No State Party shall require service providers to decrypt communications, except where the competent authority considers it necessary for national security.", strong_encryption=M)
case("se-hyphen", "Service providers shall not be required to build back-doors into their products.", strong_encryption=S)
case("se-backdoor-one-word", "Service providers shall not be required to build backdoors into their products.", strong_encryption=S)
case("se-keylength", "Encryption products offered in the territory of a State Party shall not use keys longer than 56 bits.", strong_encryption=V, state_obligations=V)
case("se-curly", "Nothing in this Convention shall be interpreted as authorising a State Party to compel a manufacturer to introduce “back doors” into its products.", strong_encryption=S)
case("se-capability-neutral", "Each State Party shall empower its competent authorities to compel a service provider, within its existing technical capability, to collect traffic data in real time, subject to prior judicial authorisation for a period not exceeding thirty days.", lawful_access=S)
# ── harmonized-rules ───────────────────────────────────────────────────────
case("hr-complement", "This Convention shall not affect the rights and obligations of States Parties under the Convention on Cybercrime of the Council of Europe, and shall be interpreted consistently with that instrument.", harmonized_rules=S)
case("hr-conflict", "A State Party may compel any service provider to disclose data in its possession, regardless of the location of the data and notwithstanding any law of the State where the data are held.", harmonized_rules=V, lawful_access=V)
case("hr-without-prejudice", "This Chapter is without prejudice to bilateral or multilateral agreements or arrangements on mutual legal assistance in force between States Parties.", harmonized_rules=S, international_cooperation=S)
# ── international-cooperation ─────────────────────────────────────────────
case("ic-mla", "States Parties shall afford one another the widest measure of mutual legal assistance in investigations and proceedings concerning the offences established under this Convention.", international_cooperation=S)
case("ic-refuse", "A requested State Party may refuse assistance on any ground and without giving reasons.", international_cooperation=V)
case("ic-network", "Each State Party shall designate a point of contact available twenty-four hours a day, seven days a week, to ensure immediate assistance in investigations.", international_cooperation=S)
case("ic-no-extradition", "No State Party shall be required to extradite any person for an offence established under this Convention.", international_cooperation=V)
# ── narrow-scope ──────────────────────────────────────────────────────────
case("ns-cia", "Each State Party shall establish as a criminal offence the intentional access to the whole or any part of an ICT system without right.", narrow_scope=S)
case("ns-any", "Each State Party shall establish as a criminal offence any offence under its domestic law committed by means of an ICT system.", narrow_scope=V)
case("ns-limit", "The obligations to criminalise in this Chapter are limited to offences against the confidentiality, integrity and availability of ICT systems and data.", narrow_scope=S)
case("ns-mixed", "Each State Party shall establish as criminal offences, when committed intentionally: (a) damaging or deleting electronic data without right; and (b) the use of an ICT system to commit any other offence.", narrow_scope=M)
case("ns-definition", "For the purposes of this Convention, “cybercrime” means any crime committed with the use of information and communications technologies.", narrow_scope=V)
case("ns-not-extend", "The offences in this Chapter shall not extend to conduct in which a computer was merely used to plan or carry out a crime covered by other instruments.", narrow_scope=S)
# ── free-expression ───────────────────────────────────────────────────────
case("fe-false-info", "Each State Party shall establish as a criminal offence the dissemination of false information by means of ICT.", free_expression=V, narrow_scope=V)
case("fe-insult", "Each State Party shall criminalise insults to public officials posted online.", free_expression=V, narrow_scope=V)
case("fe-protect", "Nothing in this Convention shall be interpreted as permitting any restriction of freedom of expression or of access to information.", free_expression=S, human_rights=S)
case("fe-no-content-offence", "No State Party shall criminalise the dissemination of false information under this Convention.", free_expression=S)
case("fe-removal", "Each State Party shall require hosting providers to remove, within one hour, content that the authorities designate as extremist.", free_expression=V, state_obligations=V)
case("fe-csam", "Each State Party shall enable its competent authorities to order the removal of child sexual abuse material.", )
# ── state-obligations ─────────────────────────────────────────────────────
case("so-direct", "Service providers shall report every security incident to the national authority within twelve hours.", state_obligations=V)
case("so-through-states", "Each State Party shall require operators of critical infrastructure to obtain certification of their security measures every year.", state_obligations=V)
case("so-no-industry", "This Convention imposes no obligations, standards or certification requirements on private entities.", state_obligations=S)
case("so-domestic", "Cybersecurity requirements for operators of critical infrastructure are a matter for the domestic law of each State Party and are not governed by this Convention.", state_obligations=S)
case("so-specific-order", "A competent authority may order a specified service provider to preserve specified data relevant to a particular investigation.", lawful_access=S)
case("so-retention", "Each State Party shall require providers of electronic communication services to retain the traffic data of all their users for two years.", state_obligations=V, lawful_access=V)
case("so-state-duty", "Each State Party shall adopt a national cybersecurity strategy and shall designate a national computer emergency response team.", )
# ── inclusive-capacity-building ───────────────────────────────────────────
case("icb-inclusive", "Technical assistance and capacity-building under this Chapter shall be open to the private sector, civil society and academia as both providers and recipients.", inclusive_capacity_building=S)
case("icb-exclusive", "Capacity-building shall be provided only to public bodies of States Parties.", inclusive_capacity_building=V)
case("icb-mixed", "Training programmes under this article shall be directed at the judicial authorities of requesting States Parties. Representatives of industry may contribute to such programmes.", inclusive_capacity_building=M)
# ── voluntary-tech-neutral-assistance ─────────────────────────────────────
case("vta-voluntary", "Technical assistance shall be provided on a voluntary basis and on mutually agreed terms, with respect for intellectual property rights.", voluntary_tech_neutral_assistance=S)
case("vta-transfer", "States Parties shall transfer to one another, free of charge, the technology and software required to investigate offences under this Convention.", voluntary_tech_neutral_assistance=V)
case("vta-no-transfer", "Nothing in this Convention shall oblige any State Party or private entity to transfer technology.", voluntary_tech_neutral_assistance=S)
case("vta-lockin", "Assistance under this article shall be delivered exclusively through the single software platform designated by the secretariat.", voluntary_tech_neutral_assistance=V, time_proofing=V)
# ── information-sharing ───────────────────────────────────────────────────
case("is-share", "States Parties shall establish mechanisms for the timely exchange of information on cybercrime trends and emerging threats among competent authorities, service providers and researchers.", information_sharing=S)
case("is-restrict", "Information on cybercrime trends shall be shared only among the competent authorities of States Parties and shall not be disclosed to private entities.", information_sharing=V)
# ── human-rights ──────────────────────────────────────────────────────────
case("hu-conform", "States Parties shall implement their obligations under this Convention in a manner consistent with international human rights law, including the right to privacy.", human_rights=S)
case("hu-override", "The obligations under this Convention shall prevail over the obligations of States Parties under human rights treaties.", human_rights=V, harmonized_rules=V)
case("hu-fairtrial", "Any person against whom proceedings are brought in connection with an offence established under this Convention shall be guaranteed fair treatment at all stages, including the right to a fair trial.", human_rights=S)
case("hu-restrict", "Each State Party shall respect the right to privacy; however, that right may be restricted where the authorities consider it necessary for public order.", human_rights=M)
# ── due-diligence ─────────────────────────────────────────────────────────
case("dd-act", "Each State Party shall take measures against persons in its territory who commit offences against ICT systems in other States.", due_diligence=S)
case("dd-release", "A State Party shall not be obliged to prosecute offences committed from its territory against systems abroad.", due_diligence=V)
case("dd-extradite-or-prosecute", "If a State Party does not extradite a person found in its territory, it shall submit the case without undue delay to its competent authorities for the purpose of prosecution.", due_diligence=S, international_cooperation=S)
# ── multistakeholder-participation ────────────────────────────────────────
case("msp-include", "The Conference of the States Parties shall consult civil society, academia, technical experts and the private sector in reviewing the implementation of this Convention.", multistakeholder_participation=S)
case("msp-exclude", "Non-governmental organisations shall not participate in the meetings of the Conference of the States Parties.", multistakeholder_participation=V)
case("msp-closed", "All meetings of the Conference of the States Parties shall be held in closed session, and stakeholders shall not be consulted.", multistakeholder_participation=V)
# ── victim-protection ─────────────────────────────────────────────────────
case("vp-assist", "Each State Party shall establish procedures to provide assistance and compensation to victims of the offences established under this Convention, including legal persons.", victim_protection=S)
case("vp-exclude", "Assistance under this article shall be available to victims who are natural persons; legal persons shall not be eligible.", victim_protection=M)
case("vp-penalise", "Any legal person whose systems have been affected by an offence shall report it within twenty-four hours, failing which it shall be liable to a fine.", victim_protection=V, state_obligations=V)
# ── accountability ────────────────────────────────────────────────────────
case("acc-stats", "Each State Party shall publish annual statistics on the number of interception orders issued and shall submit them to the Conference of the States Parties.", accountability=S)
case("acc-secret", "Service providers shall keep confidential, indefinitely, any order received under this Chapter.", accountability=V)
case("acc-notify", "Persons whose data have been obtained under this Chapter shall be notified as soon as notification no longer jeopardises the investigation, and shall have access to an effective remedy.", accountability=S, human_rights=S, lawful_access=S)
# ── time-proofing ─────────────────────────────────────────────────────────
case("tp-neutral", "The definitions in this Convention shall be interpreted in a technology-neutral manner, so as to cover technologies developed after its adoption.", time_proofing=S)
case("tp-specific", "For the purposes of this article, “computer data” means data stored on a floppy disk, a CD-ROM or a hard drive.", time_proofing=V)
case("tp-review", "The Conference of the States Parties shall review the definitions of this Convention every five years in the light of technological developments.", time_proofing=S)
# ── open-internet ─────────────────────────────────────────────────────────
case("oi-shutdown", "The competent authorities may order the shutdown of internet services in any part of the territory of the State Party in order to prevent offences.", open_internet=V)
case("oi-no-shutdown", "No State Party shall order a shutdown of the internet or block access to communication services in implementing this Convention.", open_internet=S)
# Relabelled: a standing blocking duty that a State imposes on access providers
# is industry regulation (labelling §5, as the product owner's annotators read
# it in dev2), as well as an open-internet violation (§15).
case("oi-block", "Each State Party shall require internet service providers to block access to websites designated by the competent authority.", open_internet=V, state_obligations=V)
case("oi-global", "States Parties shall preserve a global, open and interoperable internet and the free flow of data across borders.", open_internet=S)
# ── consensus ─────────────────────────────────────────────────────────────
case("co-consensus", "The Conference of the States Parties shall adopt its decisions by consensus.", consensus=S)
case("co-majority", "Amendments shall be adopted by a two-thirds majority of the States Parties present and voting.", consensus=V)
case("co-mixed", "The Conference shall make every effort to adopt amendments by consensus; if all efforts have been exhausted, an amendment may be adopted by a simple majority vote.", consensus=M)
# ── minimal pairs: negation ───────────────────────────────────────────────
case("pair-neg-a", "States Parties shall require service providers to decrypt communications upon request.", strong_encryption=V, state_obligations=V)
case("pair-neg-b", "States Parties shall not require service providers to decrypt communications upon request.", strong_encryption=S)
case("pair-neg-c", "Each State Party shall establish as a criminal offence the spreading of extremist materials online.", free_expression=V, narrow_scope=V)
case("pair-neg-d", "No State Party shall be required to establish as a criminal offence the spreading of extremist materials online.", free_expression=S)
# ── minimal pairs: duty-bearer ────────────────────────────────────────────
case("pair-actor-a", "Service providers shall implement the security standards set out in the annex.", state_obligations=V)
case("pair-actor-b", "States Parties shall implement the security standards set out in the annex in their own public administrations.", )
# ── minimal pairs: safeguard ──────────────────────────────────────────────
case("pair-safe-a", "Competent authorities may intercept content data.", lawful_access=V)
case("pair-safe-b", "Competent authorities may intercept content data only with a warrant issued by a judge, where necessary and proportionate, for a period not exceeding thirty days.", lawful_access=S)
# ── minimal pairs: exception ──────────────────────────────────────────────
case("pair-exc-a", "No State Party shall order the blocking of access to the internet.", open_internet=S)
case("pair-exc-b", "No State Party shall order the blocking of access to the internet, except where it deems such blocking necessary to protect public order.", open_internet=M)
# ── minimal pairs: scope ──────────────────────────────────────────────────
case("pair-scope-a", "This Convention shall apply to the offences established in accordance with articles 7 to 11.", narrow_scope=S)
case("pair-scope-b", "This Convention shall apply to the collection of evidence in electronic form of any criminal offence.", narrow_scope=V)
# ── modality ──────────────────────────────────────────────────────────────
case("mod-endeavour", "States Parties shall endeavour to involve civil society, academia and the private sector in the review of the implementation of this Convention.", multistakeholder_participation=S)
case("mod-consider", "States Parties shall consider requiring service providers to maintain the technical capability to decrypt communications.", strong_encryption=V, state_obligations=V)
# ── brackets ──────────────────────────────────────────────────────────────
case("br-alt", "Each State Party [shall][may] require providers to hand over decryption keys to the competent authority.", strong_encryption=V, state_obligations=V)
case("br-insert", "Technical assistance shall be provided [, including by and to the private sector,] on mutually agreed terms.", inclusive_capacity_building=S)
case("br-editorial", "Decisions of the Conference shall be taken by consensus. [agreed ad referendum]", consensus=S)
case("br-footnote", "Each State Party shall criminalise the dissemination of extremist materials.¹\n¹ Delegations remain divided on this article.", free_expression=V, narrow_scope=V)
# ── amendments ────────────────────────────────────────────────────────────
case("am-delete-harm", "Article 30: Delete the words “and to decrypt such communications where encrypted”.", strong_encryption=S)
case("am-insert-safeguard", "Article 29, paragraph 1: After “competent authorities” insert “, on the basis of a prior warrant issued by a judge and only where necessary and proportionate,”.", lawful_access=S)
case("am-mixed-with-text", "Decisions of the Conference shall be taken by consensus.\nArticle 30: Delete the words “and to decrypt such communications where encrypted”.", consensus=S, strong_encryption=S)
case("am-replace", "Article 60: Replace “by consensus” with “by a two-thirds majority of the States Parties present and voting”.", consensus=V)
# ── surface forms of one clause ───────────────────────────────────────────
base = "Nothing in this Convention shall be interpreted as requiring service providers to weaken encryption or to introduce backdoors."
case("sf-plain", base, strong_encryption=S)
case("sf-numbered", "3. " + base, strong_encryption=S)
case("sf-curly", base.replace("backdoors", "“back doors”"), strong_encryption=S)
case("sf-linebreak", "Nothing in this Convention shall be interpreted as requiring service providers to weaken encryp-\ntion or to introduce backdoors.", strong_encryption=S)
case("sf-passive", "No requirement to weaken encryption or to introduce backdoors shall be imposed on service providers by this Convention.", strong_encryption=S)
case("sf-caps", base.upper(), strong_encryption=S)
# ── engages nothing ───────────────────────────────────────────────────────
case("nil-entry", "This Convention shall enter into force on the ninetieth day after the date of deposit of the thirtieth instrument of ratification.")
case("nil-depositary", "The Secretary-General of the United Nations is designated depositary of this Convention.")
case("nil-languages", "The Arabic, Chinese, English, French, Russian and Spanish texts of this Convention are equally authentic.")
case("nil-disputes", "States Parties shall endeavour to settle disputes concerning the interpretation or application of this Convention through negotiation.")
case("nil-definition", "“Electronic data” means any representation of facts, information or concepts in a form suitable for processing in an ICT system.")
case("nil-heading", "Article 12\nUse of terms")
case("nil-secretariat", "The United Nations Office on Drugs and Crime shall provide secretariat services to the Conference of the States Parties.")

# A predicate that denies its subject ("X shall not be required") negates X
# (minimal pairs with the affirmed forms above).
case("neg-subj-auth", "Competent authorities may order the interception of content data, and prior judicial authorisation shall not be required.", lawful_access=V)
case("neg-subj-auth-b", "Competent authorities may order the interception of content data; judicial authorisation is not necessary.", lawful_access=V)
case("neg-subj-decrypt", "Decryption of communications shall not be required of service providers.", strong_encryption=S)
case("neg-subj-consensus", "Consensus shall not be required for the adoption of amendments, which shall be adopted by a two-thirds majority.", consensus=V)
# Negation in other shapes (exemption, extraposed "unlawful for", "prevent
# … from", a rule that "shall not apply", passives of the acts themselves).
case("neg-exempt", "Service providers shall be exempt from any obligation to decrypt data.", strong_encryption=S)
case("neg-not-apply", "The obligation to decrypt shall not apply to end-to-end encrypted services.", strong_encryption=S)
case("neg-unlawful-for", "It shall be unlawful for any authority to compel a provider to disclose encryption keys.", strong_encryption=S)
case("neg-passive", "Each State Party shall ensure that encryption keys are not disclosed to the authorities.", strong_encryption=S)
case("neg-prevent-from", "Nothing in this article shall prevent a State Party from requiring providers to decrypt communications.", strong_encryption=V, state_obligations=V)
case("neg-weakness", "No State Party shall be required to introduce weaknesses into encryption.", strong_encryption=S)
case("exp-rumours", "States Parties shall criminalise the spreading of rumours online that disturb public order.", free_expression=V, narrow_scope=V)
case("coo-discretion", "Each State Party may, at its discretion, deny any request for mutual legal assistance.", international_cooperation=V)
case("dd-prevent-from", "Each State Party shall take measures to prevent persons in its territory from committing offences against other States.", due_diligence=S)
case("dd-prevent-on", "Each State Party shall take measures to prevent persons on its territory from carrying out cyberattacks against other States.", due_diligence=S)
case("vic-costs", "Victims shall bear the costs of the proceedings.", victim_protection=V)
case("tim-revise", "Definitions shall be revised every five years to reflect new technologies.", time_proofing=S)
case("law-hacking", "Each State Party shall adopt measures, including the use of lawful hacking, to access encrypted devices.", lawful_access=V)
case("enc-sale-ban", "States Parties shall prohibit the sale of encryption software to the public.", strong_encryption=V)
# Surface forms: a hyphenated prefix is the closed word.
case("sf-co-operation", "States Parties shall afford one another the widest measure of international co-operation.", international_cooperation=S)
case("sf-de-crypt", "Each State Party shall require service-providers to de-crypt communications.", strong_encryption=V, state_obligations=V)
case("sco-research-not-crim", "States Parties shall not criminalize legitimate security research and penetration testing.", narrow_scope=S)
case("sco-interception", "Each State Party may criminalize the unauthorized interception of non-public transmissions of computer data.", narrow_scope=S)
case("sta-compliance", "Service providers shall establish internal compliance programmes approved by the national regulator.", state_obligations=V)
case("sta-left-domestic", "Matters of cybersecurity regulation shall be left to the domestic law of each State Party.", state_obligations=S)
# Modality keeps polarity (labelling §12); "refraining" is a negator too.
case("mod-should-consider", "States Parties should consider requiring service providers to decrypt communications.", strong_encryption=V, state_obligations=V)
case("mod-refraining", "States Parties shall consider refraining from requiring service providers to decrypt communications.", strong_encryption=S)
case("msp-awareness", "Each State Party shall promote public awareness of the risks of cybercrime in cooperation with industry and civil society.", multistakeholder_participation=S)
# Relabelled: keeping treaties on mutual assistance in force is how the
# Convention sits with other instruments (§29); naming them sets up no
# cooperation (§1), as dev2's annotators read dn-067.
case("har-without-prejudice", "This Convention shall be without prejudice to existing bilateral and multilateral treaties on mutual legal assistance.", harmonized_rules=S)
case("har-released", "States Parties that are Parties to other treaties on cybercrime shall be released from their obligations under those treaties.", harmonized_rules=V)
case("har-violate-law", "Each State Party shall require providers to comply with orders from any State Party even where compliance would violate the law of the State where they are established.", harmonized_rules=V)
case("acc-no-challenge", "Persons affected by the exercise of these powers shall have no right to challenge them before a court.", accountability=V)
# Brackets: a labelled alternative is clause text (the first is read, §9); a
# whole bracketed clause is an insertion, kept.
case("br-labelled-alt", "[Alt 1: Decisions shall be taken by consensus.] [Alt 2: Decisions shall be taken by a simple majority.]", consensus=S)
case("br-whole-clause", "[Each State Party shall ensure that its competent authorities may access any stored data without a warrant.]", lawful_access=V)
case("acc-notified", "Each State Party shall ensure that persons subject to an interception order are notified once the investigation is complete.", accountability=S)
case("law-spyware", "Each State Party may authorize its police to use spyware to covertly access devices.", lawful_access=V)
case("sta-no-monitoring", "The Convention shall not create any obligation for service providers to monitor or filter content.", state_obligations=S, free_expression=S)
case("law-retain-subscriber", "Each State Party shall oblige providers to retain subscriber data for as long as the authorities deem necessary.", lawful_access=V, state_obligations=V)
case("cap-solely-government", "Capacity-building programmes shall be designed and delivered solely by government agencies.", inclusive_capacity_building=V)
case("tim-magnetic", "The definition of \"computer data\" shall be limited to data stored on magnetic disks.", time_proofing=V)
case("dd-permit", "Each State Party may permit persons on its territory to conduct ransomware operations against foreign targets.", due_diligence=V)
case("sta-interception-equipment", "Service providers operating in the territory of a State Party are required to install interception equipment.", strong_encryption=V, state_obligations=V)
case("enc-design-access", "Providers of end-to-end encrypted messaging services shall design their systems so as to permit lawful access.", strong_encryption=V, state_obligations=V)
# Relabelled: confining the powers to listed offences is also a limit on the
# powers, a safeguard-only clause (labelling §3), as dev2's annotators read it.
case("sco-powers-limited", "The procedural powers shall be limited to the offences established in accordance with articles 7 to 17 of this Convention.", narrow_scope=S, lawful_access=S)
case("sco-evidence-serious", "Each State Party may collect evidence in electronic form of any serious crime, as defined in its domestic law.", narrow_scope=V)
# Counting requests for assistance in a report mentions cooperation, it
# does not create it.
case("acc-request-statistics", "Each State Party shall publish annual statistics on the number of requests for mutual legal assistance received and refused.", accountability=S)
# "X shall be deleted" (a passive amendment) negates X like "shall be
# prohibited": deleting a harmful provision supports (labelling §13).
case("amd-passive-delete", "Paragraph 2 (Service providers shall decrypt communications upon request) shall be deleted.", strong_encryption=S)

corpus.write(__file__, "cases.jsonl")
