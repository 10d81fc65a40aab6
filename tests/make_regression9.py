#!/usr/bin/env python3
"""Writes tests/regression9.jsonl: a tenth set written to probe the engine's
known weakness, violations (and their negations) in wording it has not
seen ("render … accessible in clear text", "cryptographic products that
have not been approved", "undermines social stability"), with minimal pairs
and a passive-voice variant; labelled from labelling.md and scored blind
before any rule change (README): precision 0.792, recall 0.613, F1 0.691,
violation recall 0.647, one flip. Two labels were corrected on review
after that run, each saying why below; no label was changed to fit a miss."""
from corpus_writer import Corpus, S, V, M

corpus = Corpus()
case = corpus.case

# Reviewed: "upon request of the competent authority, render the content …
# accessible" is also a disclosure power with no safeguard (labelling §3),
# so lawful-access violates too (first labelled not engaged).
case("w-1", "Providers of electronic communication services operating in the territory of a State Party shall, upon request of the competent authority, render the content of any communication accessible in clear text, irrespective of any encryption applied by the user.", strong_encryption=V, state_obligations=V, lawful_access=V)
# Minimal pair of w-1 (negation): the specific mandate is excluded.
case("w-2", "Providers of electronic communication services shall not be required to render the content of communications accessible in clear text where it is protected by encryption applied by the user.", strong_encryption=S)
case("w-3", "Each State Party may prohibit or restrict the use of cryptographic products that have not been approved by its national authority.", strong_encryption=V, state_obligations=V)
case("w-4", "Each State Party shall adopt legislative measures to criminalize the dissemination, by means of information and communications technologies, of information that undermines social stability or incites disrespect for State institutions.", free_expression=V, narrow_scope=V)
# Reviewed: access "without notifying the owner" is the secrecy that the own
# labels treat as against accountability (acc-notify and o-acc label
# notification as support), so accountability violates too.
case("w-5", "Each State Party shall empower its competent authorities to obtain remotely, and without notifying the owner, any data held in a computer system located in its territory, where this is deemed useful for the purposes of an investigation.", lawful_access=V, accountability=V)
# Minimal pair of w-5 (safeguard).
case("w-6", "Each State Party shall empower its competent authorities to obtain remotely data held in a computer system located in its territory, subject to prior authorization by an independent judicial authority and to a strict test of necessity and proportionality.", lawful_access=S)
case("w-7", "The interception of content data under this article shall be authorized in advance by a judge, shall be limited to the offences listed in paragraph 2, and shall not exceed thirty days, renewable only upon a fresh judicial assessment of necessity and proportionality.", lawful_access=S)
case("w-8", "No provision of this Convention shall be construed as obliging a State Party to require providers to modify the architecture of their services so as to permit access to encrypted communications.", strong_encryption=S)
case("w-9", "This Convention shall apply to the offences established in articles 6 to 10, which concern the unlawful access to, interference with and misuse of computer systems and computer data.", narrow_scope=S)
case("w-10", "For the purposes of this Convention, \"cybercrime\" includes any criminal offence in the commission of which a computer, network or device has been used.", narrow_scope=V)
case("w-11", "States Parties shall cooperate with each other to the widest extent possible for the purposes of investigations and proceedings concerning offences established under this Convention, including through the collection of electronic evidence.", international_cooperation=S)
case("w-12", "A requested State Party may decline to execute a request for assistance without stating its reasons.", international_cooperation=V)
case("w-13", "Measures under this chapter shall be implemented in full conformity with the International Covenant on Civil and Political Rights, in particular articles 17 and 19 thereof.", human_rights=S)
case("w-14", "The obligations of States Parties under international human rights instruments shall not prevent the full implementation of the measures provided for in this chapter.", human_rights=V)
case("w-15", "Each State Party shall require operators of essential services to notify the national cybersecurity authority of any significant incident within twenty-four hours and to undergo periodic security audits.", state_obligations=V)
case("w-16", "Each State Party shall ensure that operators of online platforms remove, within twenty-four hours of notification, any content that the competent authority deems to be contrary to public morals.", free_expression=V, state_obligations=V)
# Surface form of w-16 (passive voice, figures).
case("w-17", "Content deemed contrary to public morals shall be removed by platform operators within 24 hours of notification by the competent authority.", free_expression=V, state_obligations=V)
case("w-18", "States Parties shall, where appropriate, involve academic institutions, companies and non-governmental organizations as partners in the design and delivery of technical assistance programmes.", inclusive_capacity_building=S)
case("w-19", "Technical assistance under this Convention shall be provided on mutually agreed terms and shall not entail any obligation to transfer technology or proprietary know-how.", voluntary_tech_neutral_assistance=S)
case("w-20", "Each State Party shall take measures to ensure that persons harmed by offences established under this Convention have access to appropriate support, information and restitution.", victim_protection=S)
case("w-21", "Amendments to this Convention shall be adopted by a two-thirds majority of the States Parties present and voting.", consensus=V)
case("w-22", "Each State Party may order the temporary suspension of access to telecommunications networks in a specified area where necessary to protect public order.", open_internet=V)
case("w-23", "The Conference of the States Parties shall establish a mechanism to review the implementation of this Convention, to which each State Party shall report periodically, and whose reports shall be made public.", accountability=S)
case("w-24", "Each State Party shall take effective measures against persons or groups known to be conducting attacks on computer systems from its territory.", due_diligence=S)
case("w-25", "The terms used in this Convention shall be interpreted in a technology-neutral manner so as to apply to future technologies.", time_proofing=S)
case("w-26", "States Parties shall endeavour to exchange, in a timely manner, information on emerging cybercrime trends and modus operandi, including with relevant private-sector entities.", information_sharing=S)

corpus.write(__file__, "regression9.jsonl")
