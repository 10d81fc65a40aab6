#!/usr/bin/env python3
"""Writes tests/regression7.jsonl: an eighth set (varied principles, pairs,
passive voice, British/American spelling), labelled from labelling.md and
scored blind before any rule change (README)."""
from corpus_writer import Corpus, S, V, M

corpus = Corpus()
case = corpus.case

case("y-1", "Operators of essential services shall be required to install monitoring equipment that gives the security service direct access to their networks.", lawful_access=V, state_obligations=V, strong_encryption=V)
case("y-2", "Orders for the production of traffic data shall be subject to review by an independent court and shall specify the period to which they relate.", lawful_access=S, accountability=S)
case("y-3", "A State Party may require a provider to decrypt data only where the provider holds the decryption key and a judge has so ordered.", strong_encryption=V)
case("y-4", "States Parties shall refrain from imposing data localisation requirements that would restrict the cross-border transfer of data.", open_internet=S)
case("y-5", "Each State Party shall require all data relating to its citizens to be stored on servers located within its territory.", open_internet=V, state_obligations=V)
case("y-6", "The Conference of the States Parties shall endeavour to adopt decisions by consensus but may vote if no consensus emerges.", consensus=M)
case("y-7", "Each State Party shall criminalize the intentional and unauthorized interference with the functioning of a computer system.", narrow_scope=S)
case("y-8", "Each State Party shall criminalise the online promotion of non-traditional values and the denigration of national traditions.", free_expression=V, narrow_scope=V)
case("y-9", "Nothing in this article shall be interpreted as restricting the publication of journalistic material or the work of human rights defenders.", free_expression=S, human_rights=S)
case("y-10", "States Parties shall not use this Convention to request data concerning political opponents, journalists or human rights defenders.", human_rights=S)
case("y-11", "Cooperation under this Chapter shall take place through the competent authorities only; direct contact between authorities and service providers abroad shall be prohibited.", harmonized_rules=V)
case("y-12", "Developing countries shall be provided, upon request, with training and equipment on a voluntary and vendor-neutral basis.", voluntary_tech_neutral_assistance=S)
case("y-13", "Each State Party shall ensure that persons affected by the use of powers under this Chapter have access to an effective judicial remedy.", accountability=S, human_rights=S, lawful_access=S)
case("y-14", "Information about vulnerabilities discovered by researchers shall be reported exclusively to national security agencies and shall not be disclosed to the vendors concerned.", information_sharing=V)
case("y-15", "Academic researchers and ethical hackers who access systems in good faith to identify vulnerabilities shall not be prosecuted.", narrow_scope=S)

corpus.write(__file__, "regression7.jsonl")
