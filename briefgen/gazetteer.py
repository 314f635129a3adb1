"""Gazetteer (leaf module): English word lists for telling names apart and resolving them offline.

Countries come from pycountry plus the short names news copy uses ("Russia", "U.S.", "Britain");
demonyms ("North Korean" -> North Korea), capitals used as metonyms ("Moscow" -> Russia), states,
regions and large cities, well-known organisations, role titles, organisation and place cue words, and
capitalised words that are never names (months, weekdays). Every lookup is a pure function of its
argument; the tables are loaded together on first use, read from the table cache (`briefgen.tablecache`)
when it holds them built from the same sources, else built and stored there.

    >>> lookup("Pyongyang")
    Known(name='North Korea', kind='country', via='capital')
    >>> title_length(["Secretary", "of", "State", "Antony", "Blinken"])
    3
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

PERSON = "person"
ORGANISATION = "organisation"
COUNTRY = "country"
PLACE = "place"
KINDS = (PERSON, ORGANISATION, COUNTRY, PLACE)

# How the text referred to a known entity: by its name, by an adjective of it, or by its capital.
VIA_NAME = "name"
VIA_DEMONYM = "demonym"
VIA_CAPITAL = "capital"


class Known(NamedTuple):
    """A name the gazetteer knows: its canonical form, its kind and how the text referred to it."""

    name: str
    kind: str
    via: str


# ------------------------------------------------------------------------------------------ countries

# pycountry's names read like a registry ("Russian Federation", "Korea, Republic of"); news uses these.
_CANONICAL_COUNTRY = {
    "RU": "Russia",
    "US": "United States",
    "GB": "United Kingdom",
    "TR": "Turkey",
    "CZ": "Czech Republic",
    "VA": "Vatican City",
    "BN": "Brunei",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "FM": "Micronesia",
    "PS": "Palestine",
    "CV": "Cape Verde",
    "CI": "Ivory Coast",
    "SZ": "Eswatini",
    "MO": "Macau",
    "FK": "Falkland Islands",
    "VG": "British Virgin Islands",
    "VI": "U.S. Virgin Islands",
    "TW": "Taiwan",
}

# Short and older names in common use, beyond what pycountry lists.
_COUNTRY_ALIASES = {
    "United States": ["America", "United States of America", "the United States", "the U.S."],
    "United Kingdom": ["Britain", "Great Britain", "the UK", "the U.K."],
    "Russia": ["Russian Federation"],
    "North Korea": ["DPRK", "Democratic People's Republic of Korea"],
    "South Korea": ["Republic of Korea", "ROK"],
    "China": ["People's Republic of China", "PRC", "mainland China"],
    "Iran": ["Islamic Republic of Iran"],
    "Syria": ["Syrian Arab Republic"],
    "Netherlands": ["Holland", "the Netherlands"],
    "Turkey": ["Türkiye", "Turkiye"],
    "Czech Republic": ["Czechia"],
    "Myanmar": ["Burma"],
    "Eswatini": ["Swaziland"],
    "Cape Verde": ["Cabo Verde"],
    "Ivory Coast": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "Democratic Republic of the Congo": ["DR Congo", "DRC", "Democratic Republic of Congo", "Congo"],
    "Vatican City": ["Vatican", "Holy See"],
    "United Arab Emirates": ["UAE", "U.A.E.", "Emirates"],
    "Palestine": ["Palestinian territories", "State of Palestine"],
    "Vietnam": ["Viet Nam"],
    "Laos": ["Lao People's Democratic Republic"],
    "North Macedonia": ["Macedonia"],
    "East Timor": [],
    "Soviet Union": ["USSR", "U.S.S.R."],
}
_COUNTRY_ACRONYMS = {
    "US": "United States",
    "U.S.": "United States",
    "USA": "United States",
    "U.S.A.": "United States",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
}

# Country names that are more often a US state or island in English news: left out of the country
# table so that "Georgia" in a US story is not read as the Caucasus republic. (Countries that double as
# given names, such as Jordan or Chad, stay: the actor extractor prefers a person named so in the text.)
_AMBIGUOUS_COUNTRY_NAMES = frozenset({"georgia", "jersey"})

# ------------------------------------------------------------------------------------------ demonyms

# Adjective (and singular noun) -> country. Plurals ("Americans", "Israelis") are derived by lookup().
_DEMONYMS = {
    "Afghan": "Afghanistan",
    "Albanian": "Albania",
    "Algerian": "Algeria",
    "American": "United States",
    "Angolan": "Angola",
    "Argentine": "Argentina",
    "Argentinian": "Argentina",
    "Armenian": "Armenia",
    "Australian": "Australia",
    "Austrian": "Austria",
    "Azerbaijani": "Azerbaijan",
    "Azeri": "Azerbaijan",
    "Bahraini": "Bahrain",
    "Bangladeshi": "Bangladesh",
    "Belarusian": "Belarus",
    "Belgian": "Belgium",
    "Bolivian": "Bolivia",
    "Bosnian": "Bosnia and Herzegovina",
    "Brazilian": "Brazil",
    "British": "United Kingdom",
    "Briton": "United Kingdom",
    "Brit": "United Kingdom",
    "Bulgarian": "Bulgaria",
    "Burmese": "Myanmar",
    "Cambodian": "Cambodia",
    "Cameroonian": "Cameroon",
    "Canadian": "Canada",
    "Chadian": "Chad",
    "Chilean": "Chile",
    "Chinese": "China",
    "Colombian": "Colombia",
    "Congolese": "Democratic Republic of the Congo",
    "Croatian": "Croatia",
    "Cuban": "Cuba",
    "Cypriot": "Cyprus",
    "Czech": "Czech Republic",
    "Danish": "Denmark",
    "Dane": "Denmark",
    "Dutch": "Netherlands",
    "Ecuadorian": "Ecuador",
    "Egyptian": "Egypt",
    "Emirati": "United Arab Emirates",
    "Eritrean": "Eritrea",
    "Estonian": "Estonia",
    "Ethiopian": "Ethiopia",
    "Filipino": "Philippines",
    "Finnish": "Finland",
    "Finn": "Finland",
    "French": "France",
    "Georgian": "Georgia",
    "German": "Germany",
    "Ghanaian": "Ghana",
    "Greek": "Greece",
    "Guatemalan": "Guatemala",
    "Haitian": "Haiti",
    "Honduran": "Honduras",
    "Hungarian": "Hungary",
    "Icelandic": "Iceland",
    "Indian": "India",
    "Indonesian": "Indonesia",
    "Iranian": "Iran",
    "Iraqi": "Iraq",
    "Irish": "Ireland",
    "Israeli": "Israel",
    "Italian": "Italy",
    "Jamaican": "Jamaica",
    "Japanese": "Japan",
    "Jordanian": "Jordan",
    "Kazakh": "Kazakhstan",
    "Kenyan": "Kenya",
    "Korean": "South Korea",
    "Kuwaiti": "Kuwait",
    "Kyrgyz": "Kyrgyzstan",
    "Lao": "Laos",
    "Latvian": "Latvia",
    "Lebanese": "Lebanon",
    "Liberian": "Liberia",
    "Libyan": "Libya",
    "Lithuanian": "Lithuania",
    "Malaysian": "Malaysia",
    "Malian": "Mali",
    "Maltese": "Malta",
    "Mexican": "Mexico",
    "Moldovan": "Moldova",
    "Mongolian": "Mongolia",
    "Montenegrin": "Montenegro",
    "Moroccan": "Morocco",
    "Mozambican": "Mozambique",
    "Nepalese": "Nepal",
    "Nepali": "Nepal",
    "New Zealander": "New Zealand",
    "Nicaraguan": "Nicaragua",
    "Nigerian": "Nigeria",
    "Nigerien": "Niger",
    "North Korean": "North Korea",
    "Norwegian": "Norway",
    "Omani": "Oman",
    "Pakistani": "Pakistan",
    "Palestinian": "Palestine",
    "Panamanian": "Panama",
    "Paraguayan": "Paraguay",
    "Peruvian": "Peru",
    "Philippine": "Philippines",
    "Polish": "Poland",
    "Pole": "Poland",
    "Portuguese": "Portugal",
    "Qatari": "Qatar",
    "Romanian": "Romania",
    "Russian": "Russia",
    "Rwandan": "Rwanda",
    "Salvadoran": "El Salvador",
    "Saudi": "Saudi Arabia",
    "Scottish": "Scotland",
    "Senegalese": "Senegal",
    "Serbian": "Serbia",
    "Serb": "Serbia",
    "Singaporean": "Singapore",
    "Slovak": "Slovakia",
    "Slovenian": "Slovenia",
    "Somali": "Somalia",
    "South African": "South Africa",
    "South Korean": "South Korea",
    "South Sudanese": "South Sudan",
    "Spanish": "Spain",
    "Spaniard": "Spain",
    "Sri Lankan": "Sri Lanka",
    "Sudanese": "Sudan",
    "Swedish": "Sweden",
    "Swede": "Sweden",
    "Swiss": "Switzerland",
    "Syrian": "Syria",
    "Taiwanese": "Taiwan",
    "Tajik": "Tajikistan",
    "Tanzanian": "Tanzania",
    "Thai": "Thailand",
    "Tunisian": "Tunisia",
    "Turkish": "Turkey",
    "Turk": "Turkey",
    "Turkmen": "Turkmenistan",
    "Ugandan": "Uganda",
    "Ukrainian": "Ukraine",
    "Uruguayan": "Uruguay",
    "Uzbek": "Uzbekistan",
    "Venezuelan": "Venezuela",
    "Vietnamese": "Vietnam",
    "Welsh": "Wales",
    "Yemeni": "Yemen",
    "Zambian": "Zambia",
    "Zimbabwean": "Zimbabwe",
    "Soviet": "Soviet Union",
}
# Demonyms of the nations inside the United Kingdom resolve to those nations, which are places here.
_DEMONYM_PLACES = frozenset({"Scotland", "Wales"})

# ------------------------------------------------------------------------------------------ capitals

# Seats of government that news uses for the government itself ("Moscow denied ..."). Capitals that are
# also common given names or words (Sofia, Wellington, Victoria, Santiago) are left out.
_CAPITALS = {
    "Abu Dhabi": "United Arab Emirates",
    "Abuja": "Nigeria",
    "Accra": "Ghana",
    "Addis Ababa": "Ethiopia",
    "Algiers": "Algeria",
    "Amman": "Jordan",
    "Ankara": "Turkey",
    "Astana": "Kazakhstan",
    "Athens": "Greece",
    "Baghdad": "Iraq",
    "Baku": "Azerbaijan",
    "Bangkok": "Thailand",
    "Beijing": "China",
    "Beirut": "Lebanon",
    "Belgrade": "Serbia",
    "Berlin": "Germany",
    "Bern": "Switzerland",
    "Bogota": "Colombia",
    "Bogotá": "Colombia",
    "Brasilia": "Brazil",
    "Brasília": "Brazil",
    "Bratislava": "Slovakia",
    "Brussels": "Belgium",
    "Bucharest": "Romania",
    "Budapest": "Hungary",
    "Buenos Aires": "Argentina",
    "Cairo": "Egypt",
    "Canberra": "Australia",
    "Caracas": "Venezuela",
    "Copenhagen": "Denmark",
    "Damascus": "Syria",
    "Dhaka": "Bangladesh",
    "Doha": "Qatar",
    "Dublin": "Ireland",
    "Hanoi": "Vietnam",
    "Havana": "Cuba",
    "Helsinki": "Finland",
    "Islamabad": "Pakistan",
    "Jakarta": "Indonesia",
    "Kabul": "Afghanistan",
    "Kathmandu": "Nepal",
    "Khartoum": "Sudan",
    "Kiev": "Ukraine",
    "Kyiv": "Ukraine",
    "Kinshasa": "Democratic Republic of the Congo",
    "Kuala Lumpur": "Malaysia",
    "Lima": "Peru",
    "Lisbon": "Portugal",
    "London": "United Kingdom",
    "Madrid": "Spain",
    "Managua": "Nicaragua",
    "Manila": "Philippines",
    "Mexico City": "Mexico",
    "Minsk": "Belarus",
    "Mogadishu": "Somalia",
    "Moscow": "Russia",
    "Nairobi": "Kenya",
    "New Delhi": "India",
    "Oslo": "Norway",
    "Ottawa": "Canada",
    "Paris": "France",
    "Prague": "Czech Republic",
    "Pretoria": "South Africa",
    "Pyongyang": "North Korea",
    "Quito": "Ecuador",
    "Rabat": "Morocco",
    "Riga": "Latvia",
    "Riyadh": "Saudi Arabia",
    "Rome": "Italy",
    "Sanaa": "Yemen",
    "Sana'a": "Yemen",
    "Seoul": "South Korea",
    "Stockholm": "Sweden",
    "Taipei": "Taiwan",
    "Tallinn": "Estonia",
    "Tashkent": "Uzbekistan",
    "Tbilisi": "Georgia",
    "Tehran": "Iran",
    "Tokyo": "Japan",
    "Tripoli": "Libya",
    "Tunis": "Tunisia",
    "Ulaanbaatar": "Mongolia",
    "Vienna": "Austria",
    "Vilnius": "Lithuania",
    "Warsaw": "Poland",
    "Washington": "United States",
    "Yerevan": "Armenia",
}

# ------------------------------------------------------------------------------------------ places

# Regions, nations inside states, and large or newsworthy cities that are not capitals.
_PLACES = """
Africa; Asia; Europe; North America; South America; Latin America; Central America; Middle East;
Near East; Far East; Southeast Asia; East Asia; Central Asia; South Asia; Eastern Europe; Western Europe;
Scandinavia; Balkans; Caucasus; Caribbean; Arctic; Antarctic; Pacific; Atlantic; Mediterranean;
Persian Gulf; Gulf of Mexico; Korean Peninsula; Sahara; Sahel; Siberia; Crimea; Donbas; Donbass;
Kashmir; Tibet; Xinjiang; Kurdistan; Gaza; Gaza Strip; West Bank; Golan Heights; Sinai;
England; Scotland; Wales; Northern Ireland; New England; Midwest; Earth; Northern Hemisphere; Southern Hemisphere;
Mars; Venus; Jupiter; Saturn; Uranus; Neptune; Pluto; Silicon Valley; Hollywood;
New York; New York City; Los Angeles; Chicago; Houston; Phoenix; Philadelphia; San Antonio; San Diego;
Dallas; San Jose; Boston; Seattle; Denver; Miami; Atlanta; Detroit; Baltimore; Las Vegas; New Orleans;
San Francisco; Minneapolis; St. Louis; Pittsburgh; Cleveland; Cincinnati; Orlando; Tampa; Nashville;
Sacramento; Honolulu; Anchorage; Milwaukee; Kansas City; Oklahoma City; Salt Lake City; Toronto;
Montreal; Vancouver; Calgary; Sydney; Melbourne; Brisbane; Auckland; Manchester; Liverpool; Birmingham;
Glasgow; Edinburgh; Belfast; Cardiff; Leeds; Bristol; Hamburg; Munich; Frankfurt; Cologne; Barcelona;
Milan; Naples; Venice; Florence; Marseille; Lyon; Geneva; Zurich; Istanbul; St. Petersburg;
Vladivostok; Kharkiv; Odesa; Odessa; Mariupol; Donetsk; Luhansk; Aleppo; Homs; Idlib; Raqqa; Mosul;
Basra; Fallujah; Erbil; Kandahar; Karachi; Lahore; Mumbai; Kolkata; Chennai; Bangalore; Hyderabad;
Shanghai; Shenzhen; Guangzhou; Wuhan; Osaka; Busan; Gaza City; Tel Aviv; Haifa; Mecca; Medina; Jeddah;
Dubai; Alexandria; Benghazi; Lagos; Johannesburg; Cape Town; Rio de Janeiro; Sao Paulo; São Paulo;
Guadalajara; Tijuana; Juba; Aden; Mombasa; Kandahar; Peshawar
"""

# The kinds of the UK's areas in ISO 3166-2 (pycountry) that may be counties.
_UK_AREAS = frozenset({"Unitary authority", "Council area"})

# Other names of places above.
_PLACE_ALIASES = {
    "D.C.": "Washington, D.C.",
    "Washington D.C.": "Washington, D.C.",
    "NYC": "New York City",
    "L.A.": "Los Angeles",
    "LA": "Los Angeles",
}

# ------------------------------------------------------------------------------------------ organisations

# Canonical name -> other names. Acronyms are matched case-sensitively, everything else case-folded.
_ORGANISATIONS = {
    "United Nations": ["UN", "U.N."],
    "European Union": ["EU", "E.U."],
    "NATO": ["Nato", "North Atlantic Treaty Organization"],
    "Fannie Mae": ["Federal National Mortgage Association"],
    "Freddie Mac": ["Federal Home Loan Mortgage Corporation"],
    "United Nations Security Council": ["UN Security Council", "U.N. Security Council", "UNSC"],
    "International Monetary Fund": ["IMF"],
    "World Health Organization": ["WHO"],
    "World Bank": [],
    "Federal Bureau of Investigation": ["FBI"],
    "Central Intelligence Agency": ["CIA"],
    "National Security Agency": ["NSA"],
    "NASA": [],
    "Pentagon": [],
    "Kremlin": [],
    "White House": [],
    "Congress": [],
    "Parliament": [],
    "House of Commons": ["Commons"],
    "Downing Street": ["Number 10", "No 10", "No. 10"],
    "Senate": [],
    "Supreme Court": [],
    "Hamas": [],
    "Hezbollah": [],
    "Taliban": [],
    "al Qaeda": ["al-Qaeda", "Al Qaeda", "Al-Qaeda", "al-Qaida", "al Qaida", "Qaeda", "Qaida"],
    # Its branches are bodies of their own, named with "in" and a region ("... in the Arabian Peninsula").
    "Al Qaeda in the Arabian Peninsula": ["al Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula",
                                          "AQAP"],
    "Al Qaeda in the Islamic Maghreb": ["al Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", "AQIM"],
    "ISIS": ["ISIL", "Islamic State", "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant",
             "Islamic State of Iraq and al-Sham"],
    "Boko Haram": [],
    "Interpol": [],
    "Red Cross": [],
    "Amnesty International": [],
    "Human Rights Watch": [],
    "Associated Press": ["AP"],
    "Reuters": [],
    "CNN": [],
    "BBC": [],
    "Agence France-Presse": ["AFP"],
    "Standard & Poor's": ["Standard & Poor", "S&P"],
    # Newspapers whose names open with a weekday or a common word ("Sunday Express" is no date).
    "Sunday Times": [], "Sunday Telegraph": [], "Sunday Express": [], "Sunday Mirror": [], "Mail on Sunday": [],
    "Daily Mail": [], "Daily Telegraph": [], "Daily Express": [], "Daily Mirror": [], "Financial Times": ["FT"],
    "New York Times": [], "Washington Post": [], "Wall Street Journal": [], "USA Today": [],
    "Republican Party": ["GOP", "Republicans"],
    "Democratic Party": ["Democrats"],
    "Labour Party": ["Labour"],
    "Conservative Party": ["Conservatives", "Tories", "Tory", "Tory Party"],
    "Liberal Democrats": ["Lib Dems", "Lib Dem", "Liberal Democrat"],
    "Scottish National Party": ["SNP"],
    "UK Independence Party": ["UKIP", "Ukip"],
    "Plaid Cymru": [],
    "Sinn Fein": ["Sinn Féin"],
    "Democratic Unionist Party": ["DUP"],
}
# Companies, teams and bodies news names often and capitalisation alone cannot type: one-word brands
# read as people or places ("Mercedes", "Honda"), two-word ones as people ("Lockheed Martin"). Only names
# that are nobody's given name or surname and no place ("Williams", "Orange" and "Shell" are left out).
_COMPANIES = """
Apple Google Alphabet Microsoft Amazon Facebook Twitter Instagram YouTube Netflix Yahoo eBay PayPal Uber
Airbnb Samsung Sony Nintendo Panasonic Toshiba Hitachi Huawei Alibaba Tencent Baidu Lenovo Nokia Ericsson
Intel IBM Oracle Cisco Qualcomm Boeing Airbus Toyota Honda Nissan Mitsubishi Hyundai Renault Peugeot
Mercedes Mercedes-Benz BMW Volkswagen Audi Porsche Ferrari McLaren Fiat Volvo Tesla Chrysler Gazprom
Rosneft Lukoil Yukos ExxonMobil Exxon Chevron Barclays HSBC Citigroup Citibank UBS Nomura Santander
Vodafone Walmart Tesco Sainsbury's Carrefour Nestle Nestlé Unilever PepsiCo Coca-Cola Disney Marvel
Pixar Bloomberg FedEx Inmarsat Caltech Likud Fatah
""".split() + [
    "General Motors", "Ford Motor", "Lockheed Martin", "Goldman Sachs", "Morgan Stanley", "JP Morgan",
    "JPMorgan Chase", "Deutsche Bank", "Credit Suisse", "Red Bull", "Malaysia Airlines", "British Airways",
    "American Airlines", "United Airlines", "Moody's", "Warner Bros",
    "British and Irish Lions", "All Blacks", "Royal Dutch Shell",
]

# Adjectives and member nouns of organisations, read as mentions of them ("Republican Sen. X").
_ORGANISATION_ADJECTIVES = {
    "Republican": "Republican Party",
    "Democrat": "Democratic Party",
    "Democratic": "Democratic Party",
}

# ------------------------------------------------------------------------------------------ roles

# Titles written before a name ("Secretary of State Antony Blinken"), lower case, longest first at use.
_TITLES = """
president; vice president; vice-prime minister; vice prime minister; vice-premier; vice premier; editor in chief; editor-in-chief; commander in chief; commander-in-chief; president-elect; president pro tempore; pro tempore; vice president-elect; prime minister; deputy prime minister;
premier; chancellor; minister; foreign minister; defense minister; defence minister; interior minister;
finance minister; prime minister-designate; secretary; secretary of state; secretary of defense;
secretary of defence; secretary of homeland security; secretary of the treasury; treasury secretary;
defense secretary; foreign secretary; home secretary; press secretary; secretary-general;
secretary general; director-general; director general; attorney general; general; gen.; lt. gen.; maj. gen.; brig. gen.; lt.; lt. col.; col.;
maj.; capt.; cmdr.; adm.; sgt.; cpl.; pvt.; admiral; colonel; captain; sergeant; lieutenant; corporal;
commander; chief; chief executive; chief executive officer; ceo; cfo; coo; cto; chairman; chairwoman;
director; senator; sen.; representative; rep.; congressman; congresswoman; governor; gov.; lt. gov.;
lieutenant governor; mayor; judge; justice; chief justice; speaker; house speaker; majority leader;
minority leader; leader; supreme leader; district judge; circuit judge; magistrate judge;
ambassador; amb.; envoy; king; queen; prince; princess;
crown prince; emperor; empress; duke; duchess; earl; countess; baron; baroness; sheikh; sultan; emir;
pope; cardinal; archbishop; bishop; rev.; reverend; rabbi; imam; ayatollah; professor; prof.; coach;
principal; officer; marshal; field marshal; air marshal; air chief marshal; air vice marshal; air vice-marshal;
detective; det.; sheriff; deputy; trooper; agent; inspector; superintendent;
commissioner; councilman; councilwoman; councillor; alderman; president and ceo; chairman and ceo;
sgt. maj.; national security adviser; national security advisor; adviser; advisor; chief of staff; attorney;
district attorney; state attorney; state's attorney; mp; mep; msp; mla; spokesman; spokeswoman; spokesperson;
first lady; deputy secretary general
"""

# Nouns that name a role in lower case before a name ("hospital spokeswoman Kelley Luckstein") or in an
# apposition after it ("Nigel Pearson, manager of Leicester").
_ROLE_NOUNS = """
spokesman spokeswoman spokesperson official aide adviser advisor analyst expert lawyer attorney
prosecutor journalist reporter correspondent editor columnist photographer author writer novelist poet
actor actress singer rapper musician artist director producer presenter comedian host star model
designer chef entrepreneur founder co-founder owner executive boss manager coach player striker forward
midfielder defender goalkeeper keeper winger captain pitcher quarterback batsman bowler driver rider
champion cyclist boxer fighter golfer swimmer sprinter athlete student teacher professor scientist
researcher economist historian doctor surgeon physician nurse pilot soldier officer commander general
detective investigator sheriff judge senator lawmaker legislator congressman congresswoman governor
mayor candidate nominee activist campaigner leader chief head chairman chairwoman chair president
minister secretary diplomat ambassador envoy negotiator militant suspect ceo cfo coo cto principal
administrator commissioner inspector sergeant lieutenant colonel superintendent trustee partner
member representative premier chancellor king queen prince princess monarch pope bishop priest pastor
rabbi imam cleric referee umpire teammate colleague
""".split()

# Role nouns that before a name are more often adjectives or verbs ("official Star Wars", "to host Japan", "fellow
# American Ivo Marsh").
_ADJECTIVAL_ROLE_NOUNS = frozenset(
    "official general chief head star model host lead principal member partner executive owner sponsor champion peer"
    " fellow".split()
)

# Words that qualify a role and belong to it ("former President", "acting Secretary").
_ROLE_MODIFIERS = """
former acting deputy interim then late incoming outgoing retired senior top assistant associate vice
co newly current longtime veteran fellow embattled ousted exiled elected self-styled self-proclaimed
ex first chief junior lead principal executive managing general
sporting founding visiting presiding reigning defending commanding overall
""".split()

# Forms of address: stripped from a name; they make it a person but are not a role.
_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady madam mx mx. mme mme.".split())

# ------------------------------------------------------------------------------------------ cue words

# A capitalised name containing one of these names an organisation ("U.S. Department of Defense").
_ORG_CUES = frozenset(
    """
department ministry council agency inc inc. corp corp. corporation co. company companies ltd ltd. llc plc
group university college school institute academy foundation association union party army navy force
forces police guard guards committee commission court bank fund federation league club organization
organisation office bureau service services administration authority board senate parliament congress
assembly times post journal news herald tribune gazette telegraph press network hospital clinic center
centre museum church mosque cathedral airlines airways motors industries holdings technologies systems
labs laboratories media studios records pictures books publishing publishers consulting ventures
solutions logistics pharmaceuticals entertainment brigade battalion regiment corps front
movement alliance coalition trust society embassy consulate cabinet government regime command fc
united rovers athletic team institution partnership charity bros. broadcasting television radio
magazine cooperative exchange forum summit conference tv gallery comics patrol rugby football cricket
hockey basketball baseball netball ballet orchestra choir opera theatre theater observatory chiefs division
racing brothers programme program initiative guild
""".split()
)

# A capitalised name ending in one of these names an event, a law, a work or an award, which is no actor
# ("Davis Cup", "Beijing Olympics", "Falklands War", "Affordable Care Act", "Nobel Prize"), and so do meetings,
# military exercises and appeals ("Game Developers Conference", "Ice Bucket Challenge"): "summit" and
# "conference" are body cues only inside a name ("Conference of Mayors"). An "Initiative" is as often a body
# ("the Clinton Global Initiative ... split off from the Clinton Foundation") as a programme, and is left out.
# Competitions whose names end in a body's word ("League") or none: events, not actors, by the guideline.
_COMPETITIONS = frozenset(
    """champions league;european champions league;europa league;la liga;serie a;bundesliga;ligue 1;
premiership;epl;primera liga;eredivisie;nba finals;oscars;emmys;grammys;baftas;golden globes;
tonys""".replace("\n", "").split(";")
)
_EVENT_CUES = frozenset(
    """
cup championship championships tournament olympics olympic paralympics marathon festival awards award
expo day week tour games act bill pact treaty accord war revolution uprising crisis scandal massacre
election elections referendum prize trophy final finals series open classic cyclone hurricane typhoon
earthquake record nations invitational run race movie film show album song book novel episode season
documentary musical declaration charter constitution convention prix concert concerts chart agreement
summit conference exercise exercises drill drills challenge
""".split()
)
# A capitalised name starting with one of these names an event ("Cyclone Pam", "Operation Desert Storm").
_EVENT_PREFIXES = frozenset("cyclone hurricane typhoon storm tropical operation".split())

# Nouns of regions that, capitalised after "the", name one alone ("the Midlands", "the Panhandle"), as
# "the River" or "the Region" do not.
_REGION_NOUNS = frozenset("highlands midlands lowlands panhandle seaboard".split())

# A capitalised name ending in one of these names a place ("Kursk Region", "Lake Eufaula").
_PLACE_CUES = _REGION_NOUNS | frozenset(
    """
city county province region district island islands river lake mountain mountains mount valley bay
beach coast sea ocean gulf strait peninsula desert airport station street avenue road boulevard square
park bridge harbor harbour heights hills hill canyon falls sound channel base camp village town
township borough parish oblast prefecture governorate territory territories plaza stadium arena states
republic kingdom emirates border state monastery temple shrine abbey palace castle drive lane wall
heights falls islands hills mountains mall canal ridge creek forest glen prison jail
springs dam mine garden gardens highway motorway freeway expressway turnpike toll passage fjord reef
""".split()
)

# A capitalised name starting with one of these names a place ("New England", "San Diego", "Fort Hood").
_PLACE_PREFIXES = frozenset(
    """
new san santa santo são sao los las fort ft. port mount mt. lake cape saint st. st north south east west
upper lower greater central river isle gulf bay camp loch monte mont circuit
""".split()
)

# Place prefixes naming a part of the place named by the rest ("East Jerusalem", "Upper Egypt", "Greater London").
_PART_PREFIXES = frozenset("north south east west upper lower greater central inner outer".split())

# Head nouns of names written "<Head> of [the] <Name>" ("Port of Valdreth", "Isle of Man", "Bank of
# England"), beyond the organisation and place cues, which head such names too.
_OF_HEADS = frozenset("port isle cape duke duchess house republic kingdom strait straits gulf bay sea chamber chambers".split())

# Nouns after which "of <Name>" names a place ("the suburb of Sand Springs", "west of Tulsa").
_PLACE_OF_NOUNS = frozenset(
    """
city town village suburb suburbs outskirts neighborhood neighbourhood hamlet municipality province state
county district region island port capital area north south east west northeast northwest southeast
southwest streets settlement settlements tributary center centre heart
""".split()
)

# Common given names, which make the name they open a person's ("Helena Marques Tavira") and let one
# alone join the person it names ("his wife Sara"). Names that are as often places, clubs or words
# ("Austin", "Chelsea", "Jordan", "Paris", "May", "Will", "Grace") are left out.
_GIVEN_NAMES = frozenset(
    """
aaron abdul abdullah adam adrian ahmed ahmad aisha alan albert alberto alejandro aleksandr alex alexander
alexandra alexei ali alice alicia alison amanda amber amy ana andrea andreas andrew andrés andres andy angela
angelina anita ann anna anne annie anthony antonio antony ashley barack barbara ben benjamin bernard beth
betty bill billy bob bobby boris brad bradley brandon brett brian bruce bryan carl carla carlos carmen carol
caroline catherine charles charlie charlotte chris christina christine christopher claire claudia colin
craig cristina daniel daniela danny darren dave david dean deborah debbie denise dennis derek diana diane
diego dmitry dominic donald donna doris dorothy douglas dylan ed eddie edward elena eli elizabeth ellen
emily emma eric erik erin ethan eugene eva evan fatima felipe fernando francesco francisco frank fred
frederick gabriel gary george gerald giovanni giuseppe gloria gordon greg gregory hans hannah harold harry
hassan heather helen helena henry hillary howard hugh hussein ian igor ingrid irene isaac ivan jack jackie
jacob james jamie jan jane janet jason javier jean jeff jeffrey jennifer jenny jeremy jerry jessica jim jimmy
joan joanna joe joel johann john johnny jon jonathan jorge jose josé joseph josh joshua juan judith judy julia
julian julie justin karen karl kate katherine kathleen kathy katie keith kelly ken kenneth kevin kim kirsten
kristen kyle larry laura lauren lawrence lena leo leonardo linda lindsey lisa liz lloyd louis lucas lucy luis luke
lynn maria marie marina mario marta martha martin mary matt matthew maud melissa michael michelle miguel mike
mohammed mohammad muhammad nancy natalia natalie nathan nicholas nick nicola nicole nigel nina noah olga
oliver olivia omar pablo pamela patricia patrick paul paula pedro peter philip phillip pierre rachel
rafael ralph randy raúl raul rebecca richard rick rita rob robert roberto robin roger ronald rosa ruth ryan
sally samantha samuel sandra sara sarah scott sean sergei sergey sharon sheila sherman sheryl simon sophia sophie
stefan stephanie stephen steve steven susan tamar tanya teresa terry thomas tim timothy tina todd tom tommy
tony tracy valerie vanessa venus victor viktor vincent vladimir volodymyr walter wayne william xavier yuri
zoe
""".split()
)

# Lower-case particles inside names ("Ursula von der Leyen", "Osama bin Laden", "Luiz Lula da Silva").
_NAME_PARTICLES = frozenset("de la le du van von der den da di del do dos das bin ibn al el y ter ten und".split())

# Words that end in a period inside a sentence; a name token keeps that period ("Gen.", "Inc.", "Oct.").
_ABBREVIATIONS = frozenset(
    """
mr mrs ms dr mx mme gen lt col maj capt cmdr adm brig sgt cpl pvt sen rep gov pres prof rev fr st sr jr hon amb
supt insp det atty mt ft inc corp co ltd bros jan feb mar apr jun jul aug sep sept oct nov dec mon tue
tues wed thu thur thurs fri sat sun no vs
""".split()
)

# Months, weekdays and days: dropped from the edges of names ("Thursday", "Oct. 31").
_MONTHS = frozenset(
    """
january february march april may june july august september october november december jan jan. feb
feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.
""".split()
)
_DATE_WORDS = _MONTHS | frozenset(
    """
monday
tuesday wednesday thursday friday saturday sunday mon. tue. tues. wed. thu. thur. thurs. fri. sat. sun.
today tomorrow yesterday tonight spring summer autumn fall winter
""".split()
)

# Faiths, denominations and broad groups: they qualify a name ("Shiite Houthis") without being one.
_FAITHS_AND_GROUPS = frozenset(
    """
muslim muslims christians jewish jew jews islamic islamist catholic catholics protestant sunni sunnis
shiite shiites shia hindu buddhist asian asians european europeans african africans hispanic latino latina
caucasian arab arabs lgbt lgbtq african-american african-americans
""".split()
)

# Capitalised words that are never an actor on their own: dates, times, holidays, religions, languages,
# greetings, page furniture ("Scroll down for video") and pronouns. Inside a longer name they may be
# part of it ("Islamic State", "Christian Grey"), so callers apply this to single words.
_NON_NAMES = (
    _DATE_WORDS
    | _FAITHS_AND_GROUPS
    | frozenset(
        """
weekend christmas easter thanksgiving halloween ramadan eid hanukkah
passover lent diwali i i'm i've i'll i'd me my we you he she it they his her their our
the a an this that these those there here scroll click read watch see photo photos video videos
pictured picture image images published updated by via am pm a.m. p.m. gmt bst est edt cst cdt mst pst
pdt cet utc et pt ok tv internet web online english arabic mandarin cantonese hindi urdu farsi swahili tagalog
yiddish esperanto arab arabs lgbt lgbtq muslim muslims
christians jewish jew jews islamic islamist catholic catholics protestant sunni sunnis shiite shiites shia hindu
buddhist western eastern northern southern god allah bible koran quran rip hi hello
oh yes no please thanks sorry wow lol omg dad mom mum mommy daddy grandma grandpa m.d. ph.d. jr. sr.
ii iii suv dna gps atm ufo vip mvp gdp hiv aids id pc cpr asap er
african-american african-americans asian asians european
europeans african africans hispanic latino latina caucasian buddhism islam christianity judaism hinduism
section article chapter paragraph clause amendment dear happy north south east west flight
""".split()
    )
)


# ------------------------------------------------------------------------------------------ tables

# Every table of this module by builder name, once `load_tables` has run in this process (None before):
# read from the table cache, or built.
_loaded: dict[str, object] | None = None
_NOT_LOADED = object()


def _cached_table(build):
    """A table builder whose first call loads every table at once (`load_tables`), from the table cache
    when it holds them built from the same sources."""

    @functools.wraps(build)
    def table():
        if _loaded is None:
            load_tables()
        value = _loaded.get(build.__name__, _NOT_LOADED)
        return build() if value is _NOT_LOADED else value  # not there yet: `load_tables` is building it

    return table


def _key(name: str) -> str:
    """The case-folded lookup key of a name: curly apostrophes straightened, spaces collapsed."""
    return " ".join(name.replace("’", "'").split()).casefold()


def _exact(name: str) -> str:
    return " ".join(name.replace("’", "'").split())


def _is_acronym(name: str) -> bool:
    """Whether a name is written in capitals ("US", "U.N.", "DPRK"): matched only as written."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 5


@functools.cache
@_cached_table
def _tables() -> tuple[dict[str, Known], dict[str, Known]]:
    """The case-folded and the exact (acronym) lookup tables, built once."""
    import pycountry

    folded: dict[str, Known] = {}
    exact: dict[str, Known] = {}

    def add(alias: str, known: Known) -> None:
        alias = alias.strip()
        if alias.lower().startswith("the "):
            alias = alias[4:]
        if not alias:
            return
        if _is_acronym(alias):
            exact.setdefault(_exact(alias), known)
        else:
            folded.setdefault(_key(alias), known)

    # Hand-written entries first: setdefault keeps them over pycountry's registry names.
    for alias, canonical in _COUNTRY_ACRONYMS.items():
        add(alias, Known(canonical, COUNTRY, VIA_NAME))
    for canonical, aliases in _COUNTRY_ALIASES.items():
        add(canonical, Known(canonical, COUNTRY, VIA_NAME))
        for alias in aliases:
            add(alias, Known(canonical, COUNTRY, VIA_NAME))
    for country in pycountry.countries:
        canonical = _CANONICAL_COUNTRY.get(country.alpha_2) or getattr(country, "common_name", None) or country.name
        known = Known(canonical, COUNTRY, VIA_NAME)
        for alias in (
            canonical,
            country.name,
            getattr(country, "common_name", ""),
            getattr(country, "official_name", ""),
        ):
            # Registry forms with a comma ("Korea, Republic of") never occur in running text.
            if alias and "," not in alias and _key(alias) not in _AMBIGUOUS_COUNTRY_NAMES:
                add(alias, known)

    # Capitals before states and cities: "Washington" in the news is the capital far more often than the state.
    for capital, country in _CAPITALS.items():
        add(capital, Known(country, COUNTRY, VIA_CAPITAL))
    for name in _PLACES.replace("\n", " ").split(";"):
        add(name, Known(name.strip(), PLACE, VIA_NAME))
    for alias, name in _PLACE_ALIASES.items():
        add(alias, Known(name, PLACE, VIA_NAME))
    for country in ("US", "CA", "AU"):
        for sub in pycountry.subdivisions.get(country_code=country):
            if sub.type in ("State", "Province", "Territory", "District"):
                add(sub.name, Known(sub.name, PLACE, VIA_NAME))
    # The UK's counties ("from Hartpury, Gloucestershire"), in the registry's English form ("Isle of Anglesey
    # [Sir Ynys Môn GB-YNM]" -> "Isle of Anglesey"; "Bristol, City of" is left out): its two-tier counties,
    # and of its unitary authorities and council areas those of a county's name ("Herefordshire", "East
    # Lothian"). One word otherwise names a town ("Southampton", "Falkirk"), as often its club as the place;
    # metropolitan districts and London boroughs likewise ("Bolton", "Bury", "Barnet").
    for sub in pycountry.subdivisions.get(country_code="GB"):
        name = sub.name.split(" [")[0]
        county = sub.type == "Two-tier county" or (
            sub.type in _UK_AREAS and (name.endswith("shire") or " " in name))
        if county and "," not in name and not is_common_word(name.lower()):
            add(name, Known(name, PLACE, VIA_NAME))

    for demonym, country in _DEMONYMS.items():
        kind = PLACE if country in _DEMONYM_PLACES else COUNTRY
        add(demonym, Known(country, kind, VIA_DEMONYM))
    # The regular English demonym of a country whose name ends in -ia ("Slovakian", "Tunisian"), where
    # the table above gives another form ("Slovak"); added after it, so the table's forms win.
    for canonical in {k.name for k in list(folded.values()) if k.kind == COUNTRY and k.via == VIA_NAME}:
        if canonical.endswith("ia") and " " not in canonical:
            add(canonical + "n", Known(canonical, COUNTRY, VIA_DEMONYM))

    for canonical, aliases in (*_ORGANISATIONS.items(), *((name, []) for name in _COMPANIES)):
        known = Known(canonical, ORGANISATION, VIA_NAME)
        add(canonical, known)
        for alias in aliases:
            add(alias, known)
    for adjective, canonical in _ORGANISATION_ADJECTIVES.items():
        add(adjective, Known(canonical, ORGANISATION, VIA_DEMONYM))
    return folded, exact


@functools.cache
@_cached_table
def _titles() -> dict[tuple[str, ...], int]:
    """Title word sequences (lower case) -> their length."""
    titles = {tuple(t.split()) for t in _TITLES.replace("\n", " ").split(";") if t.strip()}
    return {t: len(t) for t in titles}


# The longest title in the table ("secretary of homeland security").
_MAX_TITLE_WORDS = 4
_MAX_ACRONYM_LETTERS = 3

# ------------------------------------------------------------------------------------------ lookups


@functools.cache
def max_name_words() -> int:
    """Words in the longest name the gazetteer knows: no longer run of words can match `lookup`."""
    folded, exact = _tables()
    # +1: a leading "the" is dropped before the lookup ("the United Nations").
    return max(len(key.split()) for key in (*folded, *exact)) + 1


@functools.lru_cache(maxsize=65536)
def lookup(name: str) -> Known | None:
    """What a name refers to, if the gazetteer knows it: "U.S." -> United States, "Ukrainians" -> Ukraine.

    Acronyms match only as written ("US", not "Us"); other names match in any case. A plural of a
    demonym resolves like the demonym. Unknown names give None.
    """
    folded, exact = _tables()
    name = name.strip()
    if not name or name.count(" ") >= max_name_words():
        return None  # empty, or longer than any known name: keeps lookups cheap on huge capitalised runs
    if _is_acronym(name):
        hit = exact.get(_exact(name))
        # Up to three capitals is an acronym ("US" is not "us"); longer is a shouted name ("CHINA").
        if hit is not None or sum(c.isalpha() for c in name) <= _MAX_ACRONYM_LETTERS:
            return hit
    hit = folded.get(_key(name))
    if hit is not None:
        return hit
    if _key(name).startswith("the "):
        return lookup(name[4:])
    if "isation" in name:  # "North Atlantic Treaty Organisation": British spelling of a known name
        return lookup(name.replace("isation", "ization"))
    # "Americans", "Israelis", "Britons": plural nouns of demonyms.
    if len(name) > 3 and name.endswith("s"):
        hit = folded.get(_key(name[:-1]))
        if hit is not None and hit.via == VIA_DEMONYM:
            return hit
    return None


def homonym_country(name: str) -> Known | None:
    """The country a name left out of the country table stands for where the text makes it one ("Georgia's
    president"): the country ("Georgia"), for the few names read as a US state or an island by default."""
    return Known(name.strip(), COUNTRY, VIA_NAME) if _key(name) in _AMBIGUOUS_COUNTRY_NAMES else None


def country_of(name: str) -> str | None:
    """The country a country name, short name, demonym or capital refers to ("Moscow" -> "Russia")."""
    hit = lookup(name)
    return hit.name if hit is not None and hit.kind == COUNTRY else None


def canonical_country(name: str) -> str | None:
    """The canonical country of a country name or short name only ("U.S." -> "United States")."""
    hit = lookup(name)
    return hit.name if hit is not None and hit.kind == COUNTRY and hit.via == VIA_NAME else None


def demonym_country(word: str) -> str | None:
    """The country of a demonym ("North Korean" -> "North Korea", "Americans" -> "United States")."""
    hit = lookup(word)
    return hit.name if hit is not None and hit.via == VIA_DEMONYM and hit.kind == COUNTRY else None


def capital_country(name: str) -> str | None:
    """The country whose capital this is ("Pyongyang" -> "North Korea"); None for other names."""
    hit = lookup(name)
    return hit.name if hit is not None and hit.via == VIA_CAPITAL else None


def title_length(words: Sequence[str]) -> int:
    """How many leading words form a role title ("Secretary", "of", "State", ...) -> 3; 0 when none."""
    titles = _titles()
    lowered = [w.replace("’", "'").lower() for w in words[:_MAX_TITLE_WORDS]]
    for n in range(len(lowered), 0, -1):
        if tuple(lowered[:n]) in titles:
            return n
        last = lowered[n - 1]
        if len(last) > 4 and last.endswith("s") and (*lowered[: n - 1], last[:-1]) in titles:
            return n  # a title in the plural before the names it is shared by: "Senators", "Justices"
    return 0


def _bare(word: str) -> str:
    return word.replace("’", "'").lower()


def is_role_noun(word: str, before_name: bool = False) -> bool:
    """Whether a word names a role ("spokeswoman", "striker", "CEO").

    With `before_name`, words that are usually adjectives right before a name ("official", "chief",
    "lead") are left out: "official Star Wars canon" has no official in it.
    """
    bare = _bare(word)
    roles = _role_noun_set()
    known = bare in roles or (len(bare) > 4 and bare.endswith("s") and bare[:-1] in roles)  # "sprinters"
    if not known and bare.startswith("co-"):
        # "co-host", "co-founder", "co-star": a role shared with someone; "co-operation" is none.
        rest = bare[3:]
        known = rest in roles or rest in _SHARED_ROLE_NOUNS or is_agent_noun(rest)
    elif not known and bare.startswith("co") and word_tag(bare) in (None, "NN", "NNS"):
        # "copilot", "cohost", "cofounder": the same written solid; only a role noun after "co" ("coaster",
        # "coroner" are words of their own).
        rest = bare[2:].removesuffix("s") if bare.endswith("s") and len(bare) > 6 else bare[2:]
        known = len(rest) > 3 and (rest in roles or rest in _SHARED_ROLE_NOUNS)
    elif not known and bare.count("-") in (1, 2) and not bare.startswith("co-"):
        # "director-general", "secretary-general", "editor-in-chief", "vice-president": a compound headed
        # or opened by a role noun ("anti-government" has none).
        parts = bare.split("-")
        known = all(part.isalpha() for part in parts) and (parts[0] in roles or parts[-1] in roles)
    return known and not (before_name and bare in _ADJECTIVAL_ROLE_NOUNS)


def is_plural_role_noun(word: str) -> bool:
    """Whether a word is a role noun in the plural ("sprinters", "senators")."""
    bare = _bare(word)
    return len(bare) > 4 and bare.endswith("s") and bare not in _role_noun_set() and (
        is_role_noun(bare[:-1]) or is_agent_noun(bare[:-1]) or (bare[:-1],) in _titles())  # "sprinters", "Justices"


# Nouns that are roles after "co-" though too often adjectives alone before a name ("host city").
_SHARED_ROLE_NOUNS = frozenset("host star pilot chair anchor".split())


# nameparser's title words that do not name a person on their own: adjectives, fields, bodies and forms of
# address ("army", "federal", "herr"), and kin, which is not a role here.
_NOT_ROLE_TITLES = frozenset(
    """
advertising analytics appellate army ballet banner baseball behavioral bench biblical blessed blues british
business burlesque civil classical computer corporate credit criminal customs designated discovery district
division docket english excellent family federal field film financial first flag flying foreign grand group
hereditary high information intelligence judicial kingdom knowledge legal literary marketing mathematics
military most municipal mystery national navy opera operating petty police political presiding private radio
rear revenue right risk rock royal security senior social software soccer special staff state states strategy
superior supreme technical television theater theatre travel united vice voice wing personality celebrity
eminence excellency highness holiness honorable honourable majesty lord master mister miss misses madam madame
father mother sister brother aunt auntie uncle count charge chairs most goodman goodwife maid servant
heir heiress resident saint sainte model host comic
""".split()
)
# Role nouns news copy uses that neither list has.
_MORE_ROLE_NOUNS = frozenset(
    """
whistleblower veteran aide fellow head sprinter runner collaborator official spokesman spokeswoman
spokesperson lawmaker chancellor lady manager counsellor staffer worker employee volunteer organiser organizer
protester tycoon magnate mogul impresario financier ballerina contestant medallist medalist laureate
pundit commentator shareholder peer alum jockey
""".split()
)


@functools.cache
@_cached_table
def _role_noun_set() -> frozenset[str]:
    """Role nouns: the hand list, nameparser's person titles (an offline list of ~800), a few more."""
    from nameparser.config import CONSTANTS

    titles = {t for t in CONSTANTS.titles if t.isalpha() and len(t) > 3 and t.isascii()} - _NOT_ROLE_TITLES
    return frozenset(_ROLE_NOUNS) | titles | _MORE_ROLE_NOUNS


# Endings of nouns for what a person does ("dispatcher", "skipper", "navigator", "therapist", "historian").
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "eer", "eur", "sman", "swoman", "eman", "ewoman")
# Kin is no role (the guideline keeps "his brother" out of roles), nor are these -er words for kin.
# Endings of compounds of a noun or a verb and "man" or "woman", after their linking "s" ("hunts-man").
_COMPOUND_MAN_ENDINGS = ("swoman", "sman")
_KIN_NOUNS = frozenset("brother mother father sister daughter grandmother grandfather partner".split())
# An age or a stage of life is no role either ("Teenager Lamar Whitby", "Pensioner Edna Morley").
_AGE_GROUP_NOUNS = frozenset("teenager youngster toddler pensioner".split())


def is_agent_noun(word: str) -> bool:
    """Whether a lower-case word is a singular common noun with an agent's ending: a role before a name
    when the name is clearly a person's ("dispatcher David Sacco"), never on its own."""
    bare = _bare(word)
    if bare.isalpha() and word_tag(bare) is None and _compound_role_tail(bare):
        return True  # "filmmaker", "megachef": a word the lexicon lacks, ending in one that names a person's job
    if not (len(bare) > 4 and bare.isalpha() and bare.endswith(_AGENT_ENDINGS)
            and bare not in _KIN_NOUNS and not is_age_group(bare)):
        return False
    if bare in _PLACE_CUES:
        return False  # "river", "border", "harbor": a place's noun with an agent's ending
    tag = word_tag(bare)
    if tag is None and bare.endswith(_COMPOUND_MAN_ENDINGS):
        # "huntsman", "linesman", "yachtsman": the lexicon lacks many such compounds, but one made of a
        # noun or a verb, a linking "s" and "man" or "woman" always names a person by what they do.
        stem = bare[: -len(next(e for e in _COMPOUND_MAN_ENDINGS if bare.endswith(e)))]
        return (word_tag(stem) or "").startswith(("NN", "VB"))
    if tag is None and bare.endswith("er"):
        # "dispatcher", "rapper": the lexicon lacks them, but their stems are words it knows ("dispatch", "rap")
        stems = (bare[:-2], bare[:-1], bare[:-3] if bare[-3] == bare[-4] else "")
        return any((word_tag(stem) or "").startswith(("VB", "NN")) for stem in stems if len(stem) > 2)
    return tag == "NN"


# The shortest head and tail of a compound written solid ("film|maker", "mega|chef", "song|writer").
MIN_COMPOUND_HEAD = 3
MIN_COMPOUND_TAIL = 4


def _compound_role_tail(bare: str) -> bool:
    """Whether a word the lexicon lacks is a known word (a noun or an adjective: "film", "mega") written solid
    with a role noun or an agent noun the lexicon knows ("maker", "chef"): "filmmaker", "megachef"."""
    for k in range(MIN_COMPOUND_HEAD, len(bare) - MIN_COMPOUND_TAIL + 1):
        head, tail = bare[:k], bare[k:]
        if tail in _KIN_NOUNS or is_age_group(tail) or not (word_tag(head) or "").startswith(("NN", "JJ")):
            continue
        tag = word_tag(tail)
        if tag == "NN" and (tail in _role_noun_set() or (tail.endswith(_AGENT_ENDINGS) and tail not in _PLACE_CUES)):
            return True
    return False


def is_age_group(word: str) -> bool:
    """Whether a word names a person by age or stage of life ("teenager", "pensioner"): no role."""
    return _bare(word) in _AGE_GROUP_NOUNS


def is_role_modifier(word: str) -> bool:
    """Whether a word qualifies a role and belongs to it ("former", "acting", "then")."""
    return _bare(word) in _ROLE_MODIFIER_SET


_ROLE_MODIFIER_SET = frozenset(_ROLE_MODIFIERS)


def is_honorific(word: str) -> bool:
    """Whether a word is a form of address ("Mr.", "Dr", "Sir")."""
    return _bare(word) in _HONORIFICS


def _in_or_singular(word: str, words: frozenset[str]) -> bool:
    bare = _bare(word)
    return bare in words or (len(bare) > 3 and bare.endswith("s") and bare[:-1] in words)


def is_org_cue(word: str, plural: bool = True) -> bool:
    """Whether a word inside a capitalised name makes it an organisation ("Ministry", "Institutes"; with
    `plural=False` only as written: "Chambers" is then no cue)."""
    return _in_or_singular(word, _ORG_CUES) if plural else _bare(word) in _ORG_CUES


def is_place_cue(word: str, plural: bool = True) -> bool:
    """Whether a word ending a capitalised name makes it a place ("River", "Islands"; with `plural=False`
    only as written: "Parks" is then no cue)."""
    return _in_or_singular(word, _PLACE_CUES) if plural else _bare(word) in _PLACE_CUES


def is_region_noun(word: str) -> bool:
    """Whether a place cue names a region on its own when capitalised ("the Midlands", "the Panhandle")."""
    return _bare(word) in _REGION_NOUNS


# Place cues that are as often surnames ("Damon Hill", "Michael Bay", "Tom Ridge"): after a given name
# they make a person, not a place. Not `is_surname`: the census lists River, Beach, Forest and Valley
# too, and "Myrtle Beach" or "Sherwood Forest" after a given name are still places.
_SURNAME_CUES = frozenset("hill bay ridge lane wall".split())


def is_surname_cue(word: str) -> bool:
    """Whether a place cue is as often a surname ("Hill", "Bay")."""
    return _bare(word) in _SURNAME_CUES


def is_place_prefix(word: str) -> bool:
    """Whether a word starting a capitalised name makes it a place ("San", "Fort", "Lake")."""
    return _bare(word) in _PLACE_PREFIXES


def load_tables() -> None:
    """Load every table this module builds (names, titles, role nouns, the word lexicon, the census names):
    from the table cache when it holds them, built from the same sources, else built and stored there.

    The first lookup of any table calls it; a pool calls it before forking, so that every worker shares them.
    """
    global _loaded
    if _loaded is not None:
        return
    _loaded = {}
    from . import tablecache

    key = _table_sources()
    stored = tablecache.load(_CACHE_NAME, key)
    try:
        tables = _decode_tables(stored) if isinstance(stored, dict) else None
    except (KeyError, TypeError, ValueError):  # an entry of another shape: built again, as if missing
        tables = None
    hit = tables is not None and set(tables) == set(_BUILDERS)
    if hit:
        _loaded.update(tables)
    for name, builder in _BUILDERS.items():
        _loaded[name] = builder()  # each table's own cache holds it too (read from `_loaded`, or built)
    if not hit:
        tablecache.store(_CACHE_NAME, key, _encode_tables(_loaded))


_CACHE_NAME = "gazetteer"


def _table_sources() -> tuple | None:
    """What the tables are built from, as the table cache's key: this module's source, and the version and
    data files of each package read (None: a package cannot be found, so the tables are not cached)."""
    import hashlib
    from pathlib import Path

    from . import __version__
    from .tablecache import package_stamp

    try:
        source = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    except OSError:
        return None
    stamps = (
        package_stamp("textblob", "en/en-lexicon.txt"),
        package_stamp("pycountry", "databases/iso3166-1.json", "databases/iso3166-2.json"),
        package_stamp("nameparser", "config/titles.py"),
        package_stamp("names", "dist.male.first", "dist.female.first", "dist.all.last"),
    )
    return None if None in stamps else (__version__, source, stamps)


def _encode_tables(tables: dict[str, object]) -> dict[str, object]:
    """The tables as plain data for the cache (a `Known` as a tuple)."""
    folded, exact = tables["_tables"]
    return {**tables, "_tables": tuple({k: tuple(v) for k, v in d.items()} for d in (folded, exact))}


def _decode_tables(stored: dict[str, object]) -> dict[str, object]:
    """The inverse of `_encode_tables`."""
    folded, exact = stored["_tables"]
    return {**stored, "_tables": tuple({k: Known._make(v) for k, v in d.items()} for d in (folded, exact))}


@functools.cache
@_cached_table
def _lexicon() -> dict[str, str]:
    """Pattern's English lexicon, shipped inside textblob's wheel: a word (as cased) -> its usual part of
    speech (NN, NNS, NNP, JJ, VB, ...). About 94,000 entries, from the tagger's own table (the file is read
    once, for both), copied into a plain dict: its lookups are about a third quicker than the tagger's lazy
    one, and the actors stage asks hundreds of thousands of them."""
    from textblob.en import parser

    return dict(parser.lexicon.items())


def share_lexicon(lexicon: dict) -> None:
    """Fill textblob's lexicon with this module's copy when it is not loaded yet (the tables came from the
    table cache), so that the tagger does not parse the same 94,000 lines again (about 0.07 s).

    textblob's lexicon is a dict that loads its file on first use unless it already holds entries (it
    loads itself with `dict.update`, as here); the copy holds exactly what that file gives, since the
    cache is keyed by textblob's version and the file's size and time.
    """
    if not dict.__len__(lexicon):
        dict.update(lexicon, _lexicon())


def word_tag(word: str) -> str | None:
    """The usual part of speech of a word as written ("Revenge" -> "NN", "Boeing" -> "NNP"), None if unknown."""
    return _lexicon().get(word)


def is_common_word(word: str) -> bool:
    """Whether a capitalised word alone is a common word rather than a name: the lexicon tags it, as
    written or in lower case, as anything but a proper noun ("Stability", "Forwards", "Maoist")."""
    tag = word_tag(word)
    if tag is None:
        tag = word_tag(word.lower())
    return tag is not None and not tag.startswith("NNP")


def is_noun(word: str) -> bool:
    """Whether the lexicon reads a word (as written, else in lower case) as a noun of any kind."""
    tag = word_tag(word) or word_tag(word.lower())
    return tag is not None and tag.startswith("NN")


def is_event_word(word: str) -> bool:
    """Whether a word is one of the event cues or prefixes ("Cup", "Cyclone")."""
    return _in_or_singular(word, _EVENT_CUES) or _bare(word) in _EVENT_PREFIXES


def is_common_plural(word: str) -> bool:
    """Whether a capitalised word is, in lower case, a common plural noun ("Saints", "Sharks"), or the plural of
    a common noun the lexicon lists only in the singular and no surname ("Wildcats", not "Brooks")."""
    lower = word.lower()
    return word.endswith("s") and (word_tag(lower) == "NNS" or (
        word_tag(lower) is None and len(lower) > 4 and word_tag(lower[:-1]) == "NN" and not is_surname(lower)))


def is_event_name(words: Sequence[str]) -> bool:
    """Whether a capitalised name names an event, law or award ("Davis Cup", "Cyclone Pam"), not an actor."""
    if len(words) < 2:
        # One word alone is an event only when it cannot be anything else ("Derby" is also a city), or a
        # hyphenated day ("D-Day", "VE-Day").
        if words and (re.fullmatch(r"[A-Z]{1,3}[-‐]Day", words[0]) or words[0].lower() in _COMPETITIONS):
            return True
        return bool(words) and _bare(words[0]) in ("olympics", "olympic", "paralympics", "games")
    if is_roman_numeral(words[-1]):
        # "World War II", "Rocky II": a sequel's or a war's numeral; after a given name it is a monarch's
        # or a pope's ("Elizabeth II", "John Paul II"), a person.
        return len(words) > 2 and is_event_name(words[:-1]) or not is_given_name(words[0])
    if _in_or_singular(words[-1], _EVENT_CUES) or " ".join(words).lower() in _COMPETITIONS:
        # "Six Nations" is a tournament, the "United Nations" a body the gazetteer knows by name.
        known = lookup(" ".join(words))
        return known is None or known.kind not in (ORGANISATION, COUNTRY)
    # "Cyclone Pam", "Operation Desert Storm"; but "Storm Prediction Center" is a body, by its last word.
    return _bare(words[0]) in _EVENT_PREFIXES and not is_org_cue(words[-1])


def is_part_prefix(word: str) -> bool:
    """Whether a place prefix names a part of a larger place ("East" Jerusalem, "Greater" London)."""
    return _bare(word) in _PART_PREFIXES


# Roman numerals from II to LXXXIX ("I" alone is the pronoun).
_ROMAN = re.compile(r"(?!I$)(?=[IVXL])(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def is_roman_numeral(word: str) -> bool:
    """Whether a word is a Roman numeral from II to LXXXIX: a monarch's, a pope's, a sequel's or a war's
    ("Richard III", "Rocky II", "World War II"), not an acronym."""
    return bool(_ROMAN.fullmatch(word))


def heads_of_name(word: str) -> bool:
    """Whether a word can head a name of the form "<Head> of [the] <Name>" ("Port", "Ministry", "Gulf")."""
    return is_org_cue(word) or is_place_cue(word) or _bare(word) in _OF_HEADS


def is_place_of_noun(word: str) -> bool:
    """Whether "<word> of <Name>" makes the name a place ("suburb of", "west of")."""
    return _bare(word) in _PLACE_OF_NOUNS


@functools.cache
@_cached_table
def _census_given_names() -> frozenset[str]:
    """Given names of the US census (the `names` package ships its lists) that are not also places or
    common words ("Paris", "May", "Will" stay out): about 5,000."""
    from importlib import resources

    folder = resources.files("names")
    given = set()
    for name in ("dist.male.first", "dist.female.first"):
        for line in (folder / name).read_text("utf-8").splitlines():
            word = line.split()[0].lower() if line.strip() else ""
            if word and lookup(word) is None and not is_common_word(word):
                given.add(word)
    return frozenset(given - _AMBIGUOUS_GIVEN_NAMES)


@functools.cache
@_cached_table
def _census_genders() -> dict[str, str]:
    """Given names of the US census by the sex of those who bear them ("mary": "female"), where one sex
    holds at least `GENDER_MAJORITY` times the other's share ("Lynn", "Jordan" and the like are left out)."""
    from importlib import resources

    folder = resources.files("names")
    shares: dict[str, dict[str, float]] = {}
    for sex in ("male", "female"):
        for line in (folder / f"dist.{sex}.first").read_text("utf-8").splitlines():
            fields = line.split()
            if len(fields) >= 2:
                shares.setdefault(fields[0].lower(), {})[sex] = float(fields[1])
    genders = {}
    for name, by_sex in shares.items():
        male, female = by_sex.get("male", 0.0), by_sex.get("female", 0.0)
        if male >= GENDER_MAJORITY * female:
            genders[name] = "male"
        elif female >= GENDER_MAJORITY * male:
            genders[name] = "female"
    return genders


# A given name tells a person's sex when one sex bears it this many times as often as the other.
GENDER_MAJORITY = 10.0


def given_name_gender(word: str) -> str | None:
    """"male" or "female" for a given name the census gives mostly to one sex ("Erika": "female"); else None."""
    return _census_genders().get(_bare(word))


# Census given names that news uses as often for a city, a state or a club: no evidence of a person.
_AMBIGUOUS_GIVEN_NAMES = frozenset(
    """austin chelsea jordan paris dallas phoenix florence victoria sydney chester lincoln jackson madison
    houston denver georgia carolina virginia savannah orlando camden brooklyn israel india kenya chad
    lorraine sharon aurora albany cleveland tyler dakota montana nevada alberta regina adelaide oscar emmy""".split()
)


@functools.cache
@_cached_table
def _census_surnames() -> frozenset[str]:
    """The commonest surnames of the US census (the `names` package): those ranked above `MAX_SURNAME_RANK`."""
    from importlib import resources

    text = (resources.files("names") / "dist.all.last").read_text("utf-8")
    return frozenset(line.split()[0].lower() for line in text.splitlines()[:MAX_SURNAME_RANK] if line.strip())


# Past this rank a census surname is too rare to tell a surname from a word ("Car" is not one; "Bell" is).
MAX_SURNAME_RANK = 20000


def is_surname(word: str) -> bool:
    """Whether a word is one of the commoner census surnames ("Baker", "Bell", "Montgomery")."""
    return _bare(word) in _census_surnames()


def is_given_name(word: str) -> bool:
    """Whether a word is a common given name ("Helena", "Sara"), as evidence that a name is a person's."""
    bare = _bare(word)
    return bare in _GIVEN_NAMES or bare in _census_given_names()


def is_name_particle(word: str) -> bool:
    """Whether a lower-case word may sit inside a personal name ("von", "bin", "da")."""
    return word in _NAME_PARTICLES


def is_abbreviation(word: str) -> bool:
    """Whether a word (without its period) is an abbreviation that keeps its period ("Gen", "Oct")."""
    return _bare(word).rstrip(".") in _ABBREVIATIONS


def is_date_word(word: str) -> bool:
    """Whether a capitalised word names a month, weekday, season or day ("Oct.", "Thursday", "Today")."""
    return _bare(word) in _DATE_WORDS


def is_month(word: str) -> bool:
    """Whether a word names a month ("May", "Oct."): unlike weekdays, months double as names."""
    return _bare(word) in _MONTHS


def is_faith_or_group(word: str) -> bool:
    """Whether a word names a faith or broad group ("Shiite", "Muslim"): it qualifies the name that follows."""
    return _bare(word) in _FAITHS_AND_GROUPS


def is_non_name(word: str) -> bool:
    """Whether a capitalised word (or name) is never an actor on its own: dates, holidays, pronouns, page
    furniture, a people's or a place's people."""
    bare = _bare(word)
    if bare.endswith(("man", "woman")) and (demonym := lookup(word[: -5 if bare.endswith("woman") else -3])):
        return demonym.via == VIA_DEMONYM  # "Frenchman", "Englishwoman": one person of a people, unnamed
    if bare.endswith("s") and lookup(word) is None and people_home(word) is not None:
        return True  # "Londoners", "New Yorkers", "Crimeans": a place's people, a group
    return bare in _NON_NAMES or bare.rstrip(".") in _NON_NAMES or bare in _NATIONALITY_NOUNS


# How news copy makes a place's people and adjective of its name: "Londoners", "Crimeans", "Californian".
_PEOPLE_ENDINGS = ("ers", "ians", "ans", "ns", "ian", "an", "n")


def people_home(word: str) -> Known | None:
    """The place or country whose people (or adjective) a word names by the endings news copy adds to a name
    ("Londoners", "Crimeans", "Crimean"), beyond the demonyms known as such; None when it names none."""
    for ending in _PEOPLE_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            home = lookup(word[: -len(ending)])
            if home is not None and home.via in (VIA_NAME, VIA_CAPITAL) and home.kind in (PLACE, COUNTRY):
                return home
    return None


# Nouns for one person of a people that are no demonym adjective: "the Scot", "two Britons".
_NATIONALITY_NOUNS = frozenset("scot scots briton britons brit brits kiwi kiwis aussie aussies yank yanks".split())


# The tables `load_tables` loads together, in the order they are built (the census given names read the others).
_BUILDERS = {table.__name__: table for table in (_tables, _titles, _role_noun_set, _lexicon, _census_given_names,
                                                  _census_surnames, _census_genders)}
