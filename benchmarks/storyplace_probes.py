"""Probes of the story-country placement (issue 12, plover round 2): team-written short articles, each with the
country a party should take, written before the code was run on them. ``python -m benchmarks.storyplace_probes``
prints placed right / placed wrong / unplaced for the single-country and the multi-country group (dev).

A row is (text, word, side, expected): the first event whose ``side`` party holds ``word`` (or, for an implied
actor, is named ``word``); ``expected`` None means no country is right (any country is wrong)."""

from __future__ import annotations

Probe = tuple[str, str, str, str | None]

MULTI: list[Probe] = [
    ("Belarusian opposition figures gathered in Vilnius, Lithuania, on Saturday to mark the anniversary of the vote. "
     "Opposition leaders accused the government of torturing prisoners.", "leaders", "actor", "BLR"),
    ("Hundreds of Ethiopian exiles marched through Berlin on Sunday. The protesters demanded that the government "
     "release jailed journalists.", "protesters", "actor", "ETH"),
    ("Tamil activists rallied outside the Sri Lankan embassy in Paris on Friday. Demonstrators accused the army of "
     "war crimes.", "Demonstrators", "actor", "LKA"),
    ("Congolese refugees arriving in Uganda told aid workers that militiamen had burned their villages.",
     "militiamen", "actor", "COD"),
    ("Syrian refugees in Lebanon said soldiers had beaten them at checkpoints before they fled.", "soldiers", "actor",
     "SYR"),
    ("A court in The Hague opened the trial of a Liberian warlord on Monday. Prosecutors said his fighters killed "
     "civilians in 2003.", "civilians", "recipient", "LBR"),
    ("A Swedish court convicted an Iranian former prison official on Thursday. Witnesses said guards had executed "
     "prisoners in the summer of 1988.", "guards", "actor", "IRN"),
    ("Australia demanded answers from Indonesia on Monday after three Australian fishermen were arrested.",
     "authorities", "actor", "IDN"),
    ("WASHINGTON (AP) - The United States condemned Venezuela on Friday after an American contractor was convicted "
     "of spying in a closed trial.", "authorities", "actor", "VEN"),
    ("NAIROBI, Kenya - Uganda's main opposition leader was arrested in Kampala on Monday, his party said. Dozens of "
     "his supporters were detained.", "authorities", "actor", "UGA"),
    ("Ghana summoned Nigeria's high commissioner on Monday after four Ghanaian traders were detained.", "authorities",
     "actor", "NGA"),
    ("Georgia said on Tuesday that Russia had shelled villages near the boundary line. Two farmers were killed.",
     "unidentified attacker", "actor", "GEO"),
    ("McALLEN, Texas - U.S. immigration officers put 120 Guatemalan migrants on two charter flights on Thursday. "
     "The migrants were deported under an emergency order.", "migrants", "recipient", "GTM"),
    ("Polish border guards detained 40 Iraqi migrants near the frontier with Belarus, officials said. The migrants "
     "would be deported, the officials added.", "migrants", "recipient", "IRQ"),
    ("Smugglers beat migrants during the crossing from Libya to Lampedusa, Italian prosecutors said.", "Smugglers",
     "actor", "LBY"),
    ("The Israeli army said it struck a weapons depot in southern Lebanon overnight. Five militants were killed in "
     "the strike.", "militants", "recipient", "LBN"),
    ("Turkish jets bombed Kurdish militant positions in northern Iraq, the defence ministry in Ankara said. Ten "
     "fighters were killed.", "fighters", "recipient", "IRQ"),
    ("American drones struck a militant hideout in Somalia, the Pentagon said on Tuesday. Eight fighters were "
     "killed in the raid.", "fighters", "recipient", "SOM"),
    ("A French court on Wednesday sentenced a Rwandan former gendarme to life in prison for his role in the 1994 "
     "genocide. Witnesses said militiamen had killed civilians at a church.", "militiamen", "actor", "RWA"),
    ("Sikh protesters gathered outside the Indian High Commission in London on Sunday. The demonstrators accused "
     "the government of persecuting farmers.", "demonstrators", "actor", "IND"),
    ("Iranian dissidents rallied in Paris on Saturday. The dissidents accused the authorities of torturing "
     "political prisoners.", "dissidents", "actor", "IRN"),
    ("Pakistani officials said on Monday that Afghan refugees would be deported by the end of the month.",
     "refugees", "recipient", "AFG"),
    ("Greek coastguards intercepted a boat carrying 60 Syrian migrants off Lesbos. The migrants were returned to "
     "Turkey on Friday.", "migrants", "recipient", "SYR"),
    ("The Saudi-led coalition said it had struck Houthi positions in Yemen. Twenty rebels were killed.", "rebels",
     "recipient", "YEM"),
    ("Nepalese workers in Qatar said employers had withheld their wages for months.", "employers", "actor", "QAT"),
    ("Eritrean exiles rallied in London on Saturday against the government in Asmara. The protesters accused "
     "officials of jailing their relatives.", "protesters", "actor", "ERI"),
    ("Rohingya refugees in Cox's Bazar, Bangladesh, told investigators that soldiers had raped women in their "
     "villages in Myanmar.", "soldiers", "actor", "MMR"),
    ("Venezuelan migrants in Colombia said police had beaten them before they crossed the border from Venezuela.",
     "police", "actor", "VEN"),
    ("LONDON - A British court convicted a Nigerian former governor of laundering public funds. Prosecutors said "
     "officials in Lagos had helped him.", "authorities", "actor", None),
    ("Mexico protested to the United States on Wednesday after a Mexican teenager was shot by a border agent. "
     "The boy was wounded in the leg.", "unidentified attacker", "actor", None),
    ("Hungary's foreign minister arrived in Kyiv on Monday. The minister met Ukrainian officials and praised the "
     "officials for their work.", "officials", "recipient", "UKR"),
    ("A Kurdish activist who had fled Turkey was arrested in Germany on Tuesday. His lawyers accused the police of "
     "acting for Ankara.", "lawyers", "actor", None),
]

# Written after the first fix, to probe its window (the event's sentence and the one before): the other state is
# named two or more sentences back.
MULTI_FAR: list[Probe] = [
    ("Eritrean exiles rallied in London on Saturday against the government in Asmara. Speakers took turns at a "
     "microphone outside Parliament for three hours. The protesters accused officials of jailing their relatives.",
     "protesters", "actor", "ERI"),
    ("Belarusian opposition figures gathered in Vilnius, Lithuania, on Saturday. The meeting lasted two days and "
     "ended with a joint statement. Opposition leaders accused the government of torturing prisoners.", "leaders",
     "actor", "BLR"),
    ("JERUSALEM, Israel - The army said it struck a weapons depot in southern Lebanon overnight. The raid was the "
     "third this week. Five militants were killed, a spokesman said.", "militants", "recipient", "LBN"),
    ("A Dutch court on Monday opened the trial of a Syrian former officer in The Hague, Netherlands. The hearing was "
     "adjourned after an hour. Witnesses said guards had beaten detainees in 2012.", "guards", "actor", "SYR"),
]

SINGLE: list[Probe] = [
    ("Nurses in Lagos walked off the job on Monday over unpaid wages. Strikers accused the state government of "
     "ignoring pay deals.", "Strikers", "actor", "NGA"),
    ("Police in Lima arrested twelve people on Sunday after clashes near Congress. Protesters accused officers of "
     "beating them.", "Protesters", "actor", "PER"),
    ("QUITO, Ecuador - Opposition lawmakers rejected the budget on Tuesday. The union's leader, Ana Vera, accused "
     "ministers of lying about the deficit.", "Vera", "actor", "ECU"),
    ("A court in Nairobi convicted two former ministers of fraud on Friday. Relatives of the victims welcomed the "
     "verdict outside the court in Kenya's capital.", "Relatives", "actor", "KEN"),
    ("Farmers blocked roads across Poland on Wednesday. Forty farmers were detained near Warsaw, police said.",
     "authorities", "actor", "POL"),
    ("HARARE, Zimbabwe - Twelve opposition activists were detained overnight, their lawyers said.", "authorities",
     "actor", "ZWE"),
    ("Residents of Karachi said gunmen had attacked a bus on Sunday. A driver was shot in the chest during the "
     "attack in the Pakistani city.", "unidentified attacker", "actor", "PAK"),
    ("Teachers in Manila marched to the education ministry on Friday, the third protest in the Philippines this "
     "month. The teachers accused officials of delaying their pay.", "teachers", "actor", "PHL"),
    ("A court in Ankara sentenced two journalists to prison on Tuesday, Turkey's press union said. Their lawyers "
     "accused the prosecutors of fabricating evidence.", "lawyers", "actor", "TUR"),
    ("Miners in Potosi, Bolivia, clashed with police on Thursday. Two miners were shot dead.",
     "unidentified attacker", "actor", "BOL"),
    ("Students at universities across Serbia held a sit-in on Monday. Student leaders in Belgrade accused the "
     "government of corruption.", "leaders", "actor", "SRB"),
    ("The mayor of Mombasa, Joseph Otieno, criticised the county police on Sunday after a curfew in the Kenyan "
     "port.", "Otieno", "actor", "KEN"),
    ("Workers at a textile plant in Dhaka went on strike, Bangladesh's labour ministry said. The workers accused the "
     "owners of withholding wages.", "owners", "recipient", "BGD"),
    ("In Caracas, opposition leaders accused the electoral council of fraud on Sunday. Venezuela's opposition has "
     "boycotted votes before.", "council", "recipient", "VEN"),
    ("Doctors in Colombo went on strike on Monday over shortages of medicine in Sri Lanka. The doctors' union "
     "accused the health ministry of ignoring them.", "union", "actor", "LKA"),
    ("SANTIAGO, Chile - Three student leaders were arrested during a march on Thursday, a rights group said.",
     "authorities", "actor", "CHL"),
]


def _found(rec, text: str, word: str, side: str):
    for ev in rec.events:
        party = getattr(ev, side)
        if party is None:
            continue
        if party.start is None and party.name == word:
            return party
        if party.start is not None and word in text[party.start:party.end]:
            return party
    return None


def run(extract) -> dict[str, tuple[int, int, int, int]]:
    """Per group: (placed right, placed wrong, unplaced or not found, rows)."""
    out = {}
    for name, rows in (("single", SINGLE), ("multi", MULTI), ("multi, far", MULTI_FAR)):
        right = wrong = none = 0
        for text, word, side, expected in rows:
            party = _found(extract(text), text, word, side)
            got = party.country if party is not None else None
            if got is None:
                none += 1
            elif got == expected:
                right += 1
            else:
                wrong += 1
                print(f"  wrong [{name}] {word!r} ({side}) -> {got}, expected {expected}: {text[:70]}")
        out[name] = (right, wrong, none, len(rows))
    return out


def main() -> None:
    from newsgraph.pipeline import Pipeline
    from newsgraph.readers.common import make_article

    pipe = Pipeline()
    result = run(lambda t: pipe.extract(make_article("<probe>", t, "2025-03-27")))
    for name, (right, wrong, none, n) in result.items():
        print(f"{name}: placed right {right}, placed wrong {wrong}, unplaced {none}, of {n} (dev)")


if __name__ == "__main__":
    main()
