"""Document metadata: title, type, date, issuing authority and the body it goes to.

Everything is read from the cover (the blocks before the first paragraph of running text),
the letterhead or footer at the end, and the paper's own wording. Covers come in three
shapes, often mixed:

* labelled fields: ``Report to: Executive Committee``, ``Date of meeting: 21 October 2010``,
  ``Subject: ...``, ``Title of report: ...`` (also as two-cell table rows);
* a meeting line: ``Overview and Scrutiny Committee – 3 February 2011``,
  ``EAST MIDLANDS ... PARTNERSHIP BOARD MEETING: 10th November 2008``;
* headings: the council's name, the title, ``Report of the Director``.
"""
from __future__ import annotations

import datetime
import re
from collections import Counter

from pydantic import BaseModel, ConfigDict

from paper_miner.authorities import registered
from paper_miner.extract.common.bodies import NAME_RE, readable_case
from paper_miner.extract.common.parse import parse_date
from paper_miner.extract.common.vocabulary import (
    AGENDA_ITEM_NUMBER,
    BREADCRUMB,
    DECIDING_BODY_NOUNS,
    LINKED_FILE_TAIL,
    MONTH,
    MONTH_FULL,
    MONTH_NUMBERS,
    POSTCODE,
    SENTENCE_OPENERS,
    TRUE_RECORD,
    WEB_CHROME,
    WEEKDAY,
    WEEKDAY_STEMS,
    YEAR,
)
from paper_miner.extract.common.vocabulary import FUNCTION_WORDS as GRAMMAR_WORDS
from paper_miner.extract.decisions.dates import dates_in
from paper_miner.layout.blocks import ends_sentence
from paper_miner.models import Block, Cover, DocType, Layout, Row

HEAD_BLOCKS = 30
# A saved web page prints its own label within its first few lines, after any site chrome
# ("Skip to content").
PAGE_CHROME_BLOCKS = 3
FOOT_BLOCKS = 4
NARRATED_BLOCKS = 8
LONG_PARAGRAPH_WORDS = 25
MAX_TITLE_WORDS = 20
MAX_FIELD_TITLE_WORDS = 40
MAX_BODY_WORDS = 12

# "Agenda item" over (or run into) a meeting item's title on its web page, though the title
# opens with a year ("Agenda item 2021-2022 Reserve Allocations"); "Agenda item 7" heads a
# report's cover instead.
AGENDA_ITEM_LABEL = r"agenda\s+item(?!\s+(?:no\b|number\b|title\b|\d+[a-z]?\b(?![-/–])))"
# A council web page's own headings: they say what kind of page it is ("Decision details",
# "Issue details", "Meeting details", "Key Performance Information"), not what it is about;
# and its link for screen readers, "Skip to main content".
WEB_PAGE_LABEL = (r"(?:skip\s+to\s+(?:the\s+)?(?:main\s+)?content|"
                  r"issue\s*-\s*(?:(?:items\s+at\s+)?meetings\s*-?|decisions)|decision\s+(?:details|record|notice)|"
                  rf"(?:issue|meeting)\s+details|(?:key\s+)?performance\s+information|{AGENDA_ITEM_LABEL})")
# A meeting's own web page, its items listed under it: "Agenda and minutes", "Agenda, decisions
# and minutes", "Agenda and draft minutes".
MEETING_PAGE_RE = re.compile(r"^\s*agenda(?:,?\s+(?:decisions|reports))?\s+and\s+(?:draft\s+)?minutes\s*$", re.I)
# Labels that are no title; "Appendix C" alone is one, "Appendix C - Capital Projects by Year"
# titles an appendix issued as a paper of its own; an item's purpose ("To consider a report",
# "To approve the minutes") is none.
NOT_TITLE = re.compile(
    r"^((?:appendix|annex)(?:\s+[a-z]?\d{0,2}[a-z]?)?\s*[.:–-]?\s*$|agenda item|item\s+\d|contents|report (?:of|to|by)\b|purpose|date\b|dear\b|"
    r"from the|ms word|page\s+\d|\d+$|part\s+\d|introduction|background|summary$|present\b|in\s+attendance\b|apologies\b|"
    r"(?:our\s+|your\s+)?ref(?:erence)?\b|(?:press|news|media)\s+release|for\s+immediate\s+release|embargoed\b|"
    rf"(officer\s+)?recommendations?$|{WEB_PAGE_LABEL}$|to\s+(?:consider|receive|note|approve|agree|confirm)\b|{WEB_CHROME})",
    re.IGNORECASE,
)
# A meeting web page's chrome run into an item's title ("Grants Awards Additional documents:
# Decision: RESOLVED that ..."): the title ends where the page's labels begin.
WEB_PAGE_TAIL_RE = re.compile(rf"\s+additional\s+documents\s*:.*$|{LINKED_FILE_TAIL}", re.IGNORECASE)
# "Wednesday 13 March 2013 at 2pm in Committee Room 4", "4th May 2021, 7pm": a line opening
# with the meeting's day is its time and place.
DAY_LINE_RE = re.compile(rf"^(?:{WEEKDAY}\b|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\b)", re.IGNORECASE)
# "Decisions 13 March 2013", "Minutes 4 May 2021": a dated line that names the paper.
NAMED_BY_DATE_RE = re.compile(r"^(?:decisions|minutes|notes|actions)\b", re.IGNORECASE)
# "That Council approves the allocation of ...", "That the Cabinet agrees ...": a resolution's
# own wording, with no "RESOLVED" label over it; opening a paper with nothing above it, the
# paper is the resolution alone (a report's cover and title come before its recommendations).
THAT_BODY_RESOLVES_RE = re.compile(
    rf"^\s*That\s+(?:the\s+)?(?:[A-Z][\w'&-]*\s+){{0,4}}(?:{'|'.join(DECIDING_BODY_NOUNS)})\s+"
    r"(?:approves?|agrees?|recommends?|notes?|endorses?|authorises?|delegates?|resolves?|supports?)\b")
# A council web page's own heading over a meeting item or a decision notice, printed alone or
# run into the title ("Issue - meetings Council Plan Monitoring"), breadcrumb and heading both
# ("Issue - meetings Issue - meetings Council Plan Monitoring").
WEB_PAGE_LABEL_RE = re.compile(rf"^(?:{WEB_PAGE_LABEL}\s+)+", re.IGNORECASE)
# An issue page's link to the meeting that took it, run into the issue's title: "Parking Review
# 14/03/2023 - Parking Review Phase 2" (the meeting's date, then the item's own name there).
ISSUE_MEETING_TAIL_RE = re.compile(r"\s+\d{1,2}/\d{1,2}/\d{4}\s*[-–]\s+\S.*$")
# The same link on a line of its own under the page's label: "09/01/2019 - Grants Scheme Guidance".
ISSUE_MEETING_LINK_RE = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}\s*[-–]\s+(?=\S)")
BREADCRUMB_RE = re.compile(BREADCRUMB, re.IGNORECASE)
# "Tel: 01632 961200", "Email: planning@westvale.gov.uk": a letterhead's contact lines.
CONTACT_RE = re.compile(r"\b(?:tel(?:ephone)?|e-?mail|phone|contact)\s*:|@\w[\w.-]*\.\w", re.IGNORECASE)
# "Street Lighting Street Lighting": the same words twice, a web page's breadcrumb over its heading.
REPEATED_RE = re.compile(r"^(?P<once>.+?)\s+(?P=once)$")
# "Westmere Priorities and Actions DRAFT", "Housing Strategy (Draft)": the paper's status, not its title.
DRAFT_MARK_RE = re.compile(r"\s+[(\[–-]?\s*draft\s*[)\]]?$", re.IGNORECASE)
# Headings that open the body of a report: what follows them is no longer the cover.
# "2 Marsham Street London SW1P 4DF": a letterhead's address, its street number no section number.
ADDRESS_RE = re.compile(rf"{POSTCODE}\s*$")
BODY_START = re.compile(
    r"^(?:purpose(?:\s+of\s+(?:the\s+|this\s+)?report)?|introduction|background|"
    r"(?:executive\s+)?summary|(?:officer\s+)?recommendations?|decisions?|reasons?\s+for\s+\w+(?:\s+\w+)?)[.:]?$",
    re.IGNORECASE)
# Nouns that say what a paper is: a heading holding one is most likely the title.
TITLE_NOUNS = re.compile(
    r"\b(report|plan|strategy|review|programme|update|summary|minutes|agenda|budget|"
    r"proposals?|statement|framework|policy|progress)\b", re.IGNORECASE)
# "Westvale District Council", "Stoke Green Parish Council", "Aber and Glyn Community Council";
# not "The County Council", "Budget County Council" or "13 March County Council" (a reference, or
# a heading's word run in).
# London's and the royal boroughs name their place last: "London Borough of Eastholm Hythe",
# "Royal Borough of Kingsmere and Avon" (not the "Cabinet" or "Annual Report" printed after).
BOROUGH_PLACE_WORD = r"(?!(?:Council|Cabinet|Committee|Board|Panel|Executive|Annual|Report|Plan|Strategy|Budget)\b)[A-Z][\w'&-]*"
# "NOTICE OF EXECUTIVE DECISIONS" over "Cabinet – 6 March 2024": what the paper is, before whose.
NOTICE_OF_DECISIONS = r"notice\s+of\s+(?:(?:executive|key|cabinet|delegated)\s+)?decisions?\b"
NOTICE_OF_DECISIONS_RE = re.compile(rf"^(?:.*?\s)?{NOTICE_OF_DECISIONS}(?:\s+(?:taken|made))?(?:\s+by)?(?:\s+the)?\s+(?=[A-Z])",
                                    re.I)
# "Annual", "Extraordinary": what kind of meeting a line names ("Extraordinary Parish Council
# Meeting"), never a council's place.
MEETING_KINDS = "Annual|Ordinary|Extraordinary|Special|Monthly|Statutory"
COUNCIL_RE = re.compile(
    rf"\b((?!(?:The|This|That|Our|Each|Every|Budget|Revenue|Capital|Draft|Report|Cabinet|{MONTH_FULL}|{MEETING_KINDS})\b)"
    r"(?:[A-Z][\w'&-]*\s+(?:(?:and|&)\s+)?){1,4}?(?:County|City|District|Borough|Metropolitan|Town|Parish|Community)"
    rf"(?:\s+Borough)?\s+Council|(?:London|Royal)\s+Borough\s+of\s+{BOROUGH_PLACE_WORD}"
    rf"(?:\s+(?:(?:and|upon|on)\s+)?{BOROUGH_PLACE_WORD}){{0,2}})\b")
BODY_HEADS = r"(?:Board|Committee|Sub-Committee|Cabinet|Council|Panel|Forum|Executive|Commission|Assembly|Group)"
# Heads of a council's own meetings: a paper to one is issued by the council, not by them.
# The plan noun heads the title: nothing but a year, a version or a subtitle follows it
# ("Our Priorities 2024-28", "Westmere Priorities and Actions").
# A page of one part of a plan ("Corporate Plan theme - B Thriving towns") is the plan too.
PLAN_TITLE_RE = re.compile(r"\b(?:strateg(?:y|ies)|plan|framework|planning\s+guidance|budget|priorities|actions)\b"
                           r"(?=\s*(?:$|[-–:(~]|(?:to\s+)?(?:19|20)\d\d|(?:theme|priority|chapter|section)s?\s*[-–:]))",
                           re.IGNORECASE)
PLAN_ITSELF_RE = re.compile(r"\b(?:delivery|business|action|corporate|medium\s+term|improvement)\s+plan\b",
                            re.IGNORECASE)
ABOUT_A_PLAN_RE = re.compile(r"\b(?:report|monitoring|update|progress|review|changes?\s+to|consultation"
                             r"|minutes|performance)\b", re.IGNORECASE)
COUNCIL_MEETINGS = re.compile(r"\b(?:Committee|Sub-Committee|Cabinet|Council|Panel|Executive|Commission)$", re.I)
# "– Twenty-second Meeting Civic Hall MINUTES AND ACTIONS", "- Extraordinary Meeting": which
# meeting of the body named before the dash, and what follows it on the line.
NTH_MEETING_RE = re.compile(r"\s+[–-]\s+(?:[\w-]+\s+){0,2}meeting\b.*$", re.IGNORECASE)
# "Meeting  Westvale Safety Partnership Group": a two-column header table's label, read without a colon.
MEETING_LABEL_RE = re.compile(r"^(?i:meeting)\s+(?=[A-Z])")
# A cover line naming the meeting: "EAST MIDLANDS ... PARTNERSHIP BOARD MEETING: 10th November".
# "Report to the Cabinet", "MEETING OF THE LICENSING PANEL": the words before the body's name.
ADDRESSED_TO_RE = re.compile(r"^(?:report\s+to\s+|(?:\w+\s+)?meeting\s+of\s+)(?:the\s+)?", re.I)
MEETING_LINE_RE = re.compile(rf"^(?P<body>.*?\b{BODY_HEADS})(?:\s+meeting)?\s*[:–-]?\s*$", re.IGNORECASE)
# "submitted to the Executive", "meeting of the Audit Committee" (not "the next meeting of the Council").
ADDRESSED_RE = re.compile(
    rf"\b(?i:to inform|report to|report of (?:the )?[^.;:]{{3,80}}? to|submitted to|presented to|for (?:consideration|approval|decision)"
    rf" by|approved by|(?<!next )(?<!future )(?<!last )(?<!previous )meeting of(?: the)?)\s+"
    rf"(?:the\s+)?((?:[A-Z][\w'&-]*\s+(?:(?:and|&|of|for)\s+)?){{0,6}}?{BODY_HEADS}|Cabinet|Executive)\b")
# "Glenmorar Council", "Fife Council", "Isle of Westholm Council": a unitary council's letterhead
# ("Full Council" meets, and "RESOLVED That Full Council be recommended" names no council); the name ends at "Council",
# which no tax or fund follows ("the Council Tax Setting Resolution", "Councillor", "Councils").
# "Fife Council", "Vale of Glamorgan Council", "Perth and Kinross Council" (two places joined; not
# "Cabinet and Council", two meetings).
UNITARY_RE = re.compile(r"(?!(?:County|City|Town|Parish|Borough|District)\b)(?:(?:Vale|Isle)\s+of\s+)?"
                        r"(?:(?!(?:Cabinet|Executive|Committee|Board|Panel|Group|Members|Mayor|Leader|Officers|Full|The)\b)"
                        r"[A-Z][\w'-]*\s+(?:and|&)\s+)?"
                        rf"(?:(?!(?:Full|The|That|This|Each|Our|Your|My|No|Yes|Not|Any|All|{MONTH_FULL}|{MEETING_KINDS}"
                        rf"|{SENTENCE_OPENERS})\b)"
                        rf"[A-Z][\w'&-]*\s+){{1,3}}Council\b(?!\s+(?:Tax|Fund)\b)")
# "Eastbury Town Hall", "Hill Parish Hall": where a town or parish council meets.
VENUE_RE = re.compile(r"\b((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)\s+(Town|Parish|City|Community)\s+Hall\b")
PARTNERSHIP_RE = re.compile(r"(?:[A-Z][\w'&-]*\s+){1,6}Partnership")
# Bodies that issue their own papers: "Northdale Libraries IPS", "Ashby Primary School Board of
# Governors", "Westmere Community Health NHS Trust", "Local Government Office", "Northvale and
# Eskdale Combined Fire Authority", "Eskdale Integration Joint Board".
ORGANISATION_RE = re.compile(
    r"[A-Z][\w'’&-]*\s+(?:(?:[A-Z][\w'’&-]*|and)\s+){0,6}(?:IPS|Limited|Ltd|Society|Trust|Authority|Office|Joint\s+Board|Board\s+of\s+Governors|"
    r"Governing\s+Body)")
# "Eastbury Annual Parish Meeting": the meeting of a parish's electors, convened by its council.
PARISH_MEETING_RE = re.compile(r"(?P<place>.+?)\s+(?:Annual\s+)?(?P<kind>Parish|Town)\s+Meeting")
# Words that name what a committee does, not who it belongs to ("Audit and Governance Board"),
# or the reach of a national one ("Scottish Technical Standards Board", set up by no named issuer).
FUNCTION_WORDS = {"audit", "governance", "performance", "management", "scrutiny", "overview", "finance",
                  "standards", "planning", "resources", "policy", "risk", "licensing", "appeals", "general",
                  "purposes", "corporate", "technical", "national", "regional", "welsh", "scottish", "english",
                  "british", "and", "&", "of", "the"}
# The word before a group's head that says what kind of group it is ("Transport Data User Group",
# "Growth Deal Programme Board", "North Vale Economic Ambition Board"): the whole name is the
# body; what precedes the head is no issuer of its own ("Westmere Together Board" has one).
KIND_OF_GROUP = {"user", "users", "steering", "working", "reference", "advisory", "programme", "project",
                 "delivery", "stakeholder", "stakeholders", "liaison", "ambition", "oversight", "implementation"}
# "jo.bloggs@westmere.gov.uk", "www.westmere.gov.uk/...": a council's own web domain.
COUNCIL_DOMAIN_RE = re.compile(r"(?:@|\bwww\.|://)([a-z]+(?:-[a-z]+)*)\.gov\.uk\b", re.I)
# "West of Westholm Combined Authority", "Eastshire Fire and Rescue Authority" (not "Local Authority").
NAMED_AUTHORITY_RE = re.compile(r"(?!Local\s)(?:[A-Z][\w'’&-]*\s+(?:(?:of|and|&)\s+)?){2,8}Authority")
# "KCC", "WSCC": a county council by its initials, as its own officers write it.
COUNTY_INITIALS_RE = re.compile(r"\b([A-Z]{1,3})CC\b")
# "the County Council", "at Borough Council on 3 May": a council named by its kind alone
# (the word before it is kept to tell "Westmere County Council" apart).
BARE_COUNCIL_RE = re.compile(r"(?:\b([\w'’&-]+)\s+)?\b(County|City|District|Borough|Town|Parish)\s+Council\b")
# "NHS England", "Westmere Community Healthcare NHS Trust": health bodies issue papers too.
NHS_BODY_RE = re.compile(r"\bNHS\s+(?:England|Wales|Scotland|Improvement)\b|"
                         r"\b(?:[A-Z][\w'&-]*\s+){1,5}NHS\s+(?:Foundation\s+)?Trust\b")
# "Cabinet", "the Executive"; a "Chief Executive" or a "Non-Executive Director" is an officer, not a meeting.
# "Executive summary:", "Executive Director": a paper's section or a post, no meeting.
STANDALONE_BODY_RE = re.compile(r"\b(Cabinet|(?<!Chief )(?<!Non-)Executive(?!\s+(?:Directors?|[Ss]ummary|[Oo]fficers?)\b))\b")
# "Committee resolved to note", "The Panel agreed": how minutes name their own meeting.
OWN_MEETING_RE = re.compile(
    r"(?:^|[.:]\s+)(?:The\s+)?(Committee|Sub-Committee|Board|Panel|Forum|Group)\s+"
    r"(?:resolved|agreed|noted|approved|considered|decided|recommended)\b", re.M)
# How a minute opens: "There was submitted a report by the Chief Executive ...",
# "Consideration was given to the report of the Director ...".
MINUTE_OPENING_RE = re.compile(
    r"^\s*(?:there\s+was\s+submitted|consideration\s+was\s+given\s+to)\s+(?:a|the)\s+report\b", re.IGNORECASE)
# A council web page of one meeting item: "Agenda item" over its title, "Venue: Teams Meeting".
# ("Agenda item 7" alone heads a report's cover instead.)
MEETING_PAGE_LABEL_RE = re.compile(rf"^\s*(?:{AGENDA_ITEM_LABEL}|venue\s*:)", re.IGNORECASE)
# How minutes tell what was said or done at the meeting: "The Head of Finance informed the
# Committee that ...", "Members were advised ...", "In response to a question from a Member, ...",
# "The Director introduced the report", "Cabinet considered the month 6 monitoring report", "The
# Chairman explained that ...", "Councillor Hale left the meeting for this item".
MEETING_NARRATIVE_RE = re.compile(
    r"\b(?:informed|advised|updated|reminded|assured)\s+(?:the\s+)?(?:committee|cabinet|board|panel|members|"
    r"executive|sub-committee|forum)\b|\bmembers\s+(?:were\s+(?:advised|informed|told|reminded)|noted|asked|"
    r"queried|discussed|welcomed|thanked)\b|\b(?:after|in\s+response\s+to)\s+(?:a\s+)?(?:question|query)\s+from\b|"
    r"\b(?:submitted|introduced|presented)\s+(?:a|the|his|her|their)\s+report\b|"
    r"\b(?:cabinet|council|the\s+(?:committee|board|panel|executive|council))\s+(?:considered|received)\s+(?:a|the)\s+"
    r"(?:[\w/-]+\s+){0,6}?(?:report|nominations|recommendations?|minutes)\b|\bthe\s+(?:chair|chairman|chairperson|chairwoman)\s+(?:explained|reported|welcomed|"
    r"reminded|thanked)\b|\bleft\s+the\s+meeting\b"
    # a motion's debate and vote: "Cllr Ferris spoke against the motion", "The motion was therefore CARRIED",
    # "Cllr Ward proposed and Cllr Hart seconded that ...", "All in favour"
    r"|\bspoke\s+(?:for|against|in\s+(?:support|favour)\s+of)\b|\bthe\s+(?:motion|amendment)\s+was\s+(?:\w+\s+)?"
    r"(?:carried|lost|defeated)\b|\b(?:proposed|moved)\b[^.;]{0,60}?\bseconded\b|\ball\s+(?:were\s+)?in\s+favou?r\b",
    re.I)
# "DECISION MADE: (CAB 23/24 4365)", "Additional documents: Decision: RESOLVED that ..."; not
# a cover's "Key decision: No" or "Reason for decision:".
DECISION_MADE_RE = re.compile(r"(?:^|:\s+)decision(?:\s+made)?\s*:", re.IGNORECASE)
# "Issue - decisions": a council web page listing the decisions taken on one issue.
# (the page may run its label into the issue's title: "Issue - decisions Parking Review").
ISSUE_DECISIONS_RE = re.compile(r"^\s*issue\s*-\s*decisions\b", re.IGNORECASE)
# A notice of one decision, its label alone or ending the page's header line ("Meeting
# documents Licensing Panel Record of Decision"); "Record of Decisions" may be a meeting's minutes.
DECISION_NOTICE_LABEL_RE = re.compile(
    r"(?:^|\s)(?:(?:record|notice)\s+of\s+(?:an?\s+)?(?:(?:executive|officer|delegated|key)\s+)?decision|"
    r"(?:executive\s+|officer\s+|key\s+)?decision\s+notice)\s*$", re.IGNORECASE)
# A page that is only a record of decisions, opening with them and no title above: "1) To
# award £40,000 ...", "(a) That the scheme be approved"; or with their lead-in: "Recommended
# to full Council: that ...", "The recommendations in the report were agreed as follows:".
# (not a report's purposes: "1. To inform Cabinet of ...", "2. To seek approval for ...").
DECISION_ITEM_OPENING_RE = re.compile(
    r"^\s*(?:(?:not\s+)?to\s+(?!(?:inform|update|advise|brief|present|provide|outline|explain|seek|set|report)\b)"
    r"[a-z]+|that)\b", re.IGNORECASE)
DECISIONS_LEAD_IN_RE = re.compile(
    r"^\s*(?:recommended\s+to\s+(?:the\s+)?(?:full\s+)?council\b|"
    r"the\s+recommendations?\b[^.]*\b(?:were|was)\s+(?:agreed|approved|adopted|endorsed)\b)", re.IGNORECASE)
MINUTES_LABEL_RE = re.compile(r"^\s*minutes\s*:?\s*$", re.IGNORECASE)
# "Minutes of the Ordinary Meeting held on Thursday 2 June 2022": the meeting's own date.
# "held on", "meeting on", "held in the Village Hall, Church Lane, Ashby AB1 2CD, on": the day met.
# A table of who came, headed "Attendees", "Present" or "Members present": a meeting's record.
ATTENDANCE_RE = re.compile(r"(?:attendees|attendance|(?:members\s+)?present|in\s+attendance)\s*:?", re.IGNORECASE)
# How an agenda's front page calls the meeting: "A meeting of the Audit Committee will be held:",
# "Notice is hereby given", "Members are summoned to attend" (not "the next meeting will be held",
# nor minutes' "officers were invited to attend").
SUMMONS_RE = re.compile(r"(?<!next )\bmeeting\s+of\b[^.]{0,80}?\bwill\s+be\s+held\b|"
                        r"\bnotice\s+is\s+(?:hereby\s+)?given\b|\bsummoned\s+to\s+attend\b", re.IGNORECASE)
MEETING_WAS_HELD_RE = re.compile(r"^(?:the\s+)?[^.]{0,60}\bmeeting\b[^.]{0,80}\bwas\s+held\b", re.IGNORECASE)
OF_COUNCIL_RE = re.compile(rf"^(?P<body>.*?\b{BODY_HEADS})\s+of\s+(?:the\s+)?(?P<council>.+)$", re.IGNORECASE)
BARE_MINUTES_RE = re.compile(r"^\s*(?:draft\s+)?minutes\s*$", re.IGNORECASE)
# A word processor's name for the file, left in a PDF's title field.
OFFICE_FILE_RE = re.compile(r"^Microsoft\s+(?:Word|PowerPoint|Excel)\s+-\s+", re.IGNORECASE)
DEFAULT_META_TITLE_RE = re.compile(r"\(?(?:anonymous|untitled|no\s+title|document\d*|title)\)?", re.IGNORECASE)
HELD_ON_RE = re.compile(r"\b(?:held|meeting)\s+(?:(?:at|in)\s+[^.;]{1,120}?,?\s+)?on\s+(?:the\s+)?$", re.IGNORECASE)
# "To receive as a correct record, the minutes of the meeting held on 8 June", "The Minutes of
# the last meeting held on 9 September were signed": the date of a meeting before this one.
EARLIER_MEETING = (r"\bto\s+(?:approve|confirm|consider|receive|agree|sign)\b[^.]{0,40}\bminutes\s+of\b|"
                   r"\b(?:previous|last)\s+meeting\b")
EARLIER_MEETING_RE = re.compile(EARLIER_MEETING, re.IGNORECASE)
# ... and, on a line saying when a meeting was "held on", any approval of minutes ("the minutes of
# the meeting held on 3 March were approved", "confirmed as a correct record"): not this meeting.
EARLIER_MINUTES_RE = re.compile(rf"{EARLIER_MEETING}|\b(?:approve|confirm|agree|sign)\w*\b[^.]*\bminutes\b|"
                                rf"\b{TRUE_RECORD}|\bminutes?\b[^.]*\b(?:was|were)\s+(?:approved|confirmed|agreed|signed)\b",
                                re.IGNORECASE)
# "Minutes of ..." (in Scotland "Minute of Meeting of ..."), and an extract of them: "Extract from
# the minutes of the Licensing Committee held on ...", "Minutes extract from Licensing Committee –
# 4 May 2025", whatever the word for the part taken ("Minutes excerpt from", "Minutes taken from",
# even misspelt: "Minutes exert from").
_MINUTES_OF = (r"^\s*(?:(?:extract|excerpt)\s+(?:from|of)\s+(?:the\s+)?)?(?:minutes?|notes|record)\s+"
               r"(?:of|[a-z]+\s+from)\b(?!\s+(?:the\s+)?(?:previous|last)\s+meeting)")  # an item: "Minutes of previous meeting"
MINUTES_RE = re.compile(_MINUTES_OF, re.IGNORECASE)
# "Fernshire Council Minutes", "... – Draft Minutes": the word for minutes after whose they are.
MINUTES_TAIL = r"\s*[–:-]?\s*(?:draft\s+)?minutes"
RUN_IN_MINUTES_RE = re.compile(r"^(?:[A-Z][A-Z'’&-]+\s+){1,6}(?:[Dd]raft\s+)?(?:\([^)]*\)\s*)?[Mm]inutes\s+of\b")
MINUTES_LEAD_RE = re.compile(rf"{_MINUTES_OF}\s+(?:the\s+|an?\s+)?(?:(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?)?", re.I)
# "Label: value" cover fields, by what they give.
FIELD_RE = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z0-9 ()/'.-]{0,40}?)\s*:\s*(?P<value>.*?)\s*$")
BODY_FIELD = re.compile(r"^(?:report\s+to|decided\s+at\s+meeting|meeting(?:\s+of|\s+title)?|(?:title|name)\s+of\s+(?:the\s+)?meeting|committee|to|decision[- ]?(?:maker|taker)|"
                        r"submitted\s+to|board|panel|forum)$", re.I)
# "Date of decision: 23/01/2020" dates a decision notice as its meeting's date dates a report
DATE_FIELD = re.compile(r"^(?:date(?:\s+of\s+(?:the\s+)?(?:meeting|decision))?|(?:meeting|decision)\s+date)$", re.I)
LABEL_OVER_VALUE_RE = re.compile(r"^[A-Za-z][A-Za-z ()/'.-]{0,40}:\s*\n\s*\S")
# "Cabinet Member for Regeneration, Planning and Transport", "Executive Member for Housing".
PORTFOLIO_RE = re.compile(r"(?:Cabinet|Executive|Lead)\s+Member\s+for\s+[A-Z][\w,&' -]{2,80}")
# A paper that opens with its resolution ("RESOLVED – that (A) ..."): the record of a decision;
# not a title ("AGREED BUDGET FOR 2025 – 2026").
RESOLUTION_ONLY_RE = re.compile(r"^\s*(?:RESOLVED|DECISION|DECIDED|AGREED)(?:\s*[:–—-]|\s+(?i:that|to)\b|\s*$)")
# Who services a panel issues its papers: "Secretariat: Jo Bloggs (DWP)." or a foot's "DWP Secretariat".
SECRETARIAT_RE = re.compile(r"^\s*Secretariat\s*:[^()]*\((?P<listed>[^()]+)\)\W*$|"
                            r"^\s*(?P<signed>(?:[A-Z][\w&'’-]*\s+){1,6}?)Secretariat\W*$")
# "Department for Work and Pensions (DWP)": a name spelled out before its initials.
SPELLED_OUT_RE = r"((?:[A-Z][\w'’-]*\s+(?:(?:for|of|and|the|&)\s+)*){{2,8}})\(\s*{}\s*\)"
# "Ann Brook & Raj Patel, Director of People, May 2022": a foreword signed with an office and
# the month it was written (the date is what follows the office's last comma).
SIGNATURE_DATE_RE = re.compile(
    r"\b(?:Director|Chief\s+Executive|Head|Chair(?:man|woman|person)?|Leader|Officer|Manager|Secretary|Clerk)"
    r"\b[\w ,&'’-]*?,\s*(?P<date>[^,]{6,25})$")
MAX_SIGNATURE_WORDS = 16
# The boxes a decision maker signs and dates: "Signed ........ Date ........".
SIGNED_RE = re.compile(r"\bsigned\b.*\bdated?\b", re.I)
# What joins the two ends of a period: "1 January 2025 to 31 March 2025", "April – June 2021".
RANGE_JOIN_RE = re.compile(r"\s*(?:to|until|[-–])\s*", re.IGNORECASE)
# "... by", "no later than", "the deadline of": the words before a day something is due.
DUE_BY_RE = re.compile(r"\b(?:by|before|no\s+later\s+than|deadline\s+(?:of|is))\s+(?:the\s+)?(?:[A-Z][a-z]+day,?\s+)?$", re.I)
# "Resolved:", "The Decision:" on a line of its own over the resolution's words.
RESOLUTION_LABEL_RE = re.compile(r"^\s*(?:the\s+)?(?:resolved|decisions?|decided|agreed)\s*:-?\s*$", re.I)
DECIDED_AT_FIELD = re.compile(r"^(?:decided\s+at\s+meeting|decision[- ]?(?:maker|taker))$", re.I)
# "Meeting: 06/12/2011 - Executive (Item 131)", "Meeting: 14/10/2021 - Cabinet": a web page of
# one item at a past meeting.
MEETING_ITEM_RE = re.compile(r"^\s*meeting\s*:\s*\d{1,2}/\d{1,2}/\d{2,4}\s*[-–]\s*\S.*$", re.I)
# "Additional documents:", the label of a meeting page's links to an item's papers.
ADDITIONAL_DOCUMENTS_RE = re.compile(r"^\s*additional\s+documents\s*:?\s*$", re.I)
# What a meeting item's record says was decided: "RESOLVED", "The committee noted the ...".
MINUTED_RE = re.compile(r"\bRESOLVED\b|(?:^|\.\s+)The\s+(?:committee|cabinet|board|panel|council|executive|sub-committee)"
                        r"\s+(?:noted|agreed|approved|resolved|endorsed)\b", re.I)
# "RESOLVED: Cabinet NOTED ...", "Resolved – that ...": the record of what a meeting decided.
RESOLVED_OPENING_RE = re.compile(r"^\s*resolved\s*(?::-?|[–—-])", re.I)
# "The Decision:" alone on its line, over what was decided.
DECISION_LABEL_RE = re.compile(r"^\s*(?:the\s+)?decisions?(?:\s+(?:made|taken))?\s*:-?\s*$", re.I)
# A decision record's own labels around its "Decision:" label: "Decision maker: Cabinet",
# "Date of decision:", "The subject of the decision:", "The reason for the decision:".
RECORD_FIELD_RE = re.compile(r"^\s*(?:the\s+)?(?:decision\s+(?:maker|taker|date|ref(?:erence)?|type|by)|"
                             r"date\s+of\s+(?:the\s+)?decision|date\s+signed|"
                             r"(?:reasons?\s+for|subject\s+of)\s+(?:the\s+)?decisions?)\s*:", re.I)
DECISION_DATE_FIELD = re.compile(r"^(?:date\s+of\s+(?:the\s+)?decision|decision\s+date)$", re.I)
TITLE_FIELD = re.compile(r"^(?:subject(?:\s+matter)?|title(?:\s+of\s+(?:the\s+)?report)?|(?:report|paper)\s+title|"
                         r"report|(?:agenda\s+)?item(?:\s+\d{1,3}[a-z]?)?|agenda\s+item\s+title)$", re.I)
# Other cover labels: their lines are never the title.
OTHER_FIELD = re.compile(
    r"^(?:report\s+(?:of|by|from|author|no\.?|number|ref(?:erence)?)|date\s+of\s+report|"
    r"wards?(?:\s+affected)?|key\s+decision|agenda\s+item(?:\s+no\.?)?|item\s+no\.?|"
    r"(?:lead\s+|contact\s+|responsible\s+)?(?:officer|member|director)|author|portfolio(?:\s+holder)?|"
    r"cabinet\s+member|classification|status|exempt\w*|from|purpose(?:\s+of\s+(?:the\s+)?report)?|"
    r"summary|forward\s+plan(?:\s+ref\w*)?|directorate|service\s+area|present|decision\s+status|"
    r"publication\s+(?:reference|date)|classification)$", re.I)


class Reading(BaseModel):
    """What the cover says before the issuer is sought: the title, the kind of paper and the
    meeting it goes to, each read once and handed to ``authority``."""

    model_config = ConfigDict(frozen=True)
    title: str | None
    doc_type: DocType
    body: str | None


# "Decision" alone over a decision web page's title: what kind of page it is.
DECISION_PAGE_LABEL_RE = re.compile(r"^\s*decisions?\s*:?\s*$", re.IGNORECASE)


def _cover(layout: Layout) -> list[Block]:
    """The blocks before running text, the first numbered section ("1. Introduction") or
    a heading that opens the body ("Purpose of report")."""
    cover = []
    for block in layout.blocks[:HEAD_BLOCKS]:
        if not cover and DECISION_PAGE_LABEL_RE.match(block.text):
            continue  # "Decision" over a decision page's title: the kind of page, no resolution yet
        # running text ends its sentences; a long cover line (a minutes heading, a partner list) need not
        long_text = len(block.text.split()) > LONG_PARAGRAPH_WORDS and ends_sentence(block.text) \
            and not _opens_minutes(block.text) and not _opens_with_summons(block.text)
        if block.kind in ("paragraph", "list_item") and long_text:  # a minutes heading may run long
            break
        # "41 Changes to the Hardship Fund PDF 310 KB": a web page's numbered item, linked to its report
        linked_item = re.search(LINKED_FILE_TAIL, block.text, re.IGNORECASE)
        numbered = re.fullmatch(r"\d+(?:\.\d+)*\.?", block.marker or "") and not ADDRESS_RE.search(block.text) \
            and not linked_item
        if numbered or BODY_START.match(block.text.strip()) or RESOLUTION_ONLY_RE.match(block.text):
            break  # a numbered section, a heading opening the body, a resolution
        cover.append(block)
    return cover


# "WESTMERE PORT BOARD DRAFT Minutes of the meeting held on Friday, 7 June 2024 Venue: ...": a
# minutes heading under its letterhead, the record run on after it (a page saved as one line).
_MINUTES_HEADING_RE = re.compile(r"\bminutes?\s+of\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,6}?meeting\s+held\b", re.IGNORECASE)
# ... within the line's first words.
MINUTES_HEADING_CHARS = 160


def _opens_minutes(text: str) -> bool:
    """Whether a line opens a set of minutes ("Minutes of the Cabinet held on ..."), however
    long it runs: a minutes heading, perhaps under its letterhead."""
    return bool(MINUTES_RE.match(text) or _MINUTES_HEADING_RE.search(text[:MINUTES_HEADING_CHARS]))


def _opens_with_summons(text: str) -> bool:
    """"Notice is hereby given that the Burial Board will meet on ...", "A meeting of the Burial
    Board will be held in the Pavilion on ...": a cover line however long it runs."""
    return bool(SUMMONS_RE.match(text, re.match(r"\W*(?:an?\s+|the\s+)?", text).end()))


def _cover_lines(layout: Layout) -> list[str]:
    """The cover's text lines; a two-cell table row reads as ``label: value``, and so does a
    row of label and value pairs ("Committee: | Audit Committee | Date: | 3 May"), a cell
    holding a label over its value, a line "Meeting | Cabinet" and a label alone on its line
    over its value ("MEETING:" over "Licensing Committee")."""
    lines = []
    cover = _cover(layout)
    for block, below in zip(cover, [*cover[1:], None]):
        if block.kind != "table":
            lines += _run_on_labels(block.text) or [_piped_field(block.text) or _label_over(block, below) or block.text]
            continue
        if _numbers_its_rows(block):
            continue  # an agenda's "Item | Description" over "1 | Welcome": a list, no fields
        lines += _table_fields(block.rows)
    return lines


# A cover table's labels, flattened with their values onto one line with no colons: "Date of
# Meeting Monday 4 March 2024 Paper Title Estates Strategy Agenda Item 9 Responsible Officer ...".
RUN_ON_LABEL_RE = re.compile(
    r"\b(?:Date of (?:the )?Meeting|Meeting Date|Paper Title|Report Title|Title of (?:the )?Report|Agenda Item"
    r"|Paper Number|Report Number|Responsible Officer|Report Author|Lead Officer|Contact Officer|Date of Report"
    r"|Wards? Affected|Key Decision|Report of|Report to|Purpose of (?:the )?Report)\b")
MIN_RUN_ON_LABELS = 3


def _run_on_labels(text: str) -> list[str]:
    """A line of cover labels and their values run together, as ``label: value`` lines; none
    where the labels have colons (``FIELD_RE`` reads them) or fewer than three are found."""
    found = list(RUN_ON_LABEL_RE.finditer(text))
    if len(found) < MIN_RUN_ON_LABELS or ":" in text[found[0].start():]:
        return []
    ends = [m.start() for m in found[1:]] + [len(text)]
    return [f"{m.group()}: {text[m.end():end].strip()}" for m, end in zip(found, ends)]


def _table_fields(rows: list[Row]) -> list[str]:
    """A cover table's fields: a two-cell row "Meeting | Cabinet"; cells "Committee:" beside their
    value, however many to a row ("Committee: | Audit Committee | Date: 3 May 2024"), a value
    wrapped onto the row below under a blank label cell; a cell holding a label over its value."""
    lines: list[str] = []
    wrapped = None  # the line of the field the last row's first two cells gave, which may wrap
    for row in rows:
        cells = [" ".join(c.split()) for c in row.cells]
        if len(cells) > 1 and not cells[0] and cells[1] and wrapped is not None:
            lines[wrapped] += f" {cells[1]}"  # "Subject: | Electric Vehicle Charging –" over " | Delivery Update"
            continue
        filled, before = [c for c in cells if c], len(lines)
        if len(filled) == 2 and FIELD_RE.match(filled[0].rstrip(":") + ": x"):
            lines.append(f"{filled[0].rstrip(':')}: {filled[1]}")
        else:
            lines += _paired_cells(cells)
            lines += [" ".join(c.split()) for c in row.cells if LABEL_OVER_VALUE_RE.match(c)]
        wrapped = before if len(lines) > before and cells and cells[0] and cells[0] == filled[0] else None
    return lines


def _paired_cells(cells: list[str]) -> list[str]:
    """"Committee:" beside its value as ``label: value``; a cell that is a field of its own ("Date:
    21 January 2025") as it is."""
    found = []
    for at, cell in enumerate(cells):
        beside = cells[at + 1] if at + 1 < len(cells) else ""
        after_label = at > 0 and bool(BARE_FIELD_LABEL_RE.match(cells[at - 1]))
        if BARE_FIELD_LABEL_RE.match(cell) and beside and not BARE_FIELD_LABEL_RE.match(beside):
            found.append(f"{cell.rstrip(': ')}: {beside}")
        elif FIELD_RE.match(cell) and not BARE_FIELD_LABEL_RE.match(cell) and not after_label:
            found.append(cell)
    return found


# "Meeting | Planning Policy Committee": a cover field whose label a pipe sets off.
PIPED_FIELD_RE = re.compile(r"^(?P<label>[A-Z][\w ()/'.&-]{0,30}?)\s+\|\s+(?P<value>[^|]+?)\s*\|?\s*$")
BARE_FIELD_LABEL_RE = re.compile(r"^(?P<label>[A-Za-z][\w ()/'.&-]{0,40}?)\s*:\s*$")


def _piped_field(text: str) -> str | None:
    piped = PIPED_FIELD_RE.match(text)
    return f"{piped.group('label')}: {piped.group('value')}" if piped else None


def _label_over(block: Block, below: Block | None) -> str | None:
    """"MEETING:" on its line over "Licensing Committee": the field, as ``label: value``."""
    label = BARE_FIELD_LABEL_RE.match(block.text)
    if label is None or below is None or below.kind == "table" or BARE_FIELD_LABEL_RE.match(below.text):
        return None
    return f"{label.group('label')}: {below.text}"


def _numbers_its_rows(table: Block) -> bool:
    """A table whose rows below its header are numbered in the first column ("1", "2a", "3.")."""
    firsts = [row.cells[0].strip() for row in table.rows[1:] if row.cells]
    return len(firsts) >= 2 and sum(bool(re.fullmatch(r"\d{1,3}[a-z]?\.?", c)) for c in firsts) > len(firsts) / 2


def fields(layout: Layout) -> dict[str, str]:
    """The cover's labelled fields, as ``body``, ``date`` and ``title`` (first of each)."""
    found: dict[str, str] = {}
    for line in _cover_lines(layout):
        match = FIELD_RE.match(line)
        if not match or not match.group("value"):
            continue
        label, value = match.group("label").strip(), match.group("value")
        for name, pattern in (("body", BODY_FIELD), ("date", DATE_FIELD), ("title", TITLE_FIELD)):
            if pattern.match(label) and name not in found and _field_value(name, value):
                found[name] = _field_value(name, value)
    return found


def _field_value(name: str, value: str) -> str | None:
    if name == "date":
        return parse_date(value)
    if name == "body":  # an individual executive decision's maker is a member's portfolio
        return value.strip(" .") if PORTFOLIO_RE.fullmatch(value.strip(" .")) else _body_name(value)
    # a labelled title may run long ("Subject: Transfer of the 16-25 team from the Children's
    # Directorate to ..."), so long as it is no sentence
    count = len(value.split())
    short = count <= MAX_TITLE_WORDS or count <= MAX_FIELD_TITLE_WORDS and not ends_sentence(value)
    words = short and re.search(r"[A-Za-z]{3}", value)  # "Item: 7" names none
    return readable_case(value.strip(" .")) if words else None


def _body_name(text: str) -> str | None:
    """The body a field or line names: ``the Executive Committee – 12 May`` -> its name."""
    text = readable_case(re.sub(r"\s*\([^)]*\)", "", _without_dates(text)))
    text = ADDRESSED_TO_RE.sub("", KIND_OF_MEETING_RE.sub("", MINUTES_LEAD_RE.sub("", text)))
    text = re.sub(r"^the\s+", "", text, flags=re.I)
    text = re.sub(r"\s+(?:held\b|on\s).*$|\s+of$", "", text, flags=re.I).strip(" .,;")  # "... Meeting of [date]"
    text = re.sub(r"(?<=\bcouncil)\s+meeting$", "", text, flags=re.I)  # "Parish Council Meeting": the council's
    if text.lower() == "meeting":  # "Minutes of the Ordinary Meeting": a kind of meeting, no one's name
        return None
    owned = OF_COUNCIL_RE.match(text)  # "the Audit Committee of Marston Vale Council": the committee
    if owned and (COUNCIL_RE.fullmatch(owned.group("council")) or UNITARY_RE.fullmatch(owned.group("council"))):
        text = owned.group("body")
    if STANDALONE_BODY_RE.fullmatch(text):
        return text
    return text if NAME_RE.fullmatch(text) and len(text.split()) <= MAX_BODY_WORDS else None


def _is_field(text: str) -> bool:
    match = FIELD_RE.match(text)
    return bool(match) and any(p.match(match.group("label").strip())
                               for p in (BODY_FIELD, DATE_FIELD, TITLE_FIELD, OTHER_FIELD))


def _without_dates(text: str) -> str:
    for _, start, end in reversed(dates_in(text, None)):
        text = text[:start] + text[end:]
    text = re.sub(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", "", text, flags=re.I)
    return re.sub(r"\s+", " ", text).strip(" :–-,")


# A kind of meeting before whose it is: "Annual Parish Council Meeting" is the parish council's;
# "Ordinary Meeting" names no one.
KIND_OF_MEETING_RE = re.compile(rf"^(?:the\s+)?(?:(?:{MEETING_KINDS})\s+)+"
                                r"(?=(?:[A-Z]\w*\s+)*(?:council|meeting)\b)", re.I)


def meeting_line(layout: Layout) -> str | None:
    """The cover line naming the meeting the paper goes to, as printed (no date): in
    capitals, with the word "meeting", or a body's name and the meeting's date (on its line
    or alone on the next)."""
    letterhead = _letterhead(layout)
    cover = _cover(layout)
    for block, below in zip(cover, [*cover[1:], None]):
        if block.kind == "table" or _is_field(block.text):
            continue
        text = re.sub(r"\s*\([^)]*\)", "", _without_dates(block.text))
        text = ADDRESSED_TO_RE.sub("", text)
        text = re.sub(r"\s*[–:-]\s*(?:draft\s+)?minutes\W*$", "", text, flags=re.I)  # "X Board – Minutes"
        text = re.sub(r"\s+(?:Minutes|MINUTES)\s*,.*$", "", text)  # "X Partnership Minutes, 6 June 2024, Venue"
        text = re.sub(r"\s+minutes?\s+of\s+(?:the\s+)?meeting\b.*$", "", text, flags=re.I)  # "X COMMITTEE Minute of Meeting held on"
        text = NTH_MEETING_RE.sub("", text)  # "X Panel – Twenty-second Meeting ... Minutes and Actions"
        text = MEETING_LABEL_RE.sub("", text)  # "Meeting | X Group": a header table's label cell
        text = NOTICE_OF_DECISIONS_RE.sub("", text)  # "Notice of Executive Decisions Cabinet": the cabinet's
        text = KIND_OF_MEETING_RE.sub("", MINUTES_LEAD_RE.sub("", text))  # "Minutes of the Annual Meeting of ..."
        match = MEETING_LINE_RE.match(text)
        if not match or COUNCIL_RE.fullmatch(readable_case(text)) or readable_case(text) == letterhead:
            continue  # the council's letterhead, not a meeting
        # "Westmere Area Committee" over a line of its own "15 January 2026" is dated too
        dated_below = below is not None and _is_date_line(below.text) and len(below.text.split()) <= 5
        dated = (text != block.text.strip() or dated_below) and NAME_RE.fullmatch(text)
        if (text.isupper() or re.search(r"\bmeeting\b", block.text, re.I) or dated) \
                and 1 <= len(match.group("body").split()) <= MAX_BODY_WORDS:
            return _without_council(readable_case(match.group("body")))
    return None


def _without_council(name: str) -> str:
    """"Eastmere Council Cabinet", a letterhead run into the meeting's line: the meeting, "Cabinet";
    "Eastmere Council — Annual Meeting of Council": "Council"."""
    council = COUNCIL_RE.match(name) or UNITARY_RE.match(name)
    rest = re.sub(r"^[\s–—-]+", "", name[council.end():]) if council else ""
    rest = re.sub(r"^meeting\s+of\s+(?:the\s+)?", "", KIND_OF_MEETING_RE.sub("", rest), flags=re.I).strip()
    return rest if rest and NAME_RE.fullmatch(rest) else name


def title(layout: Layout, meeting: str | None) -> str | None:
    """The paper's title field, a minutes heading, else its own heading: preferring one
    that says what the paper is. ``meeting`` is the body the paper goes to (see ``body``)."""
    given = fields(layout).get("title") or _letter_subject(layout)
    if given:
        return given
    if layout.blocks and MEETING_PAGE_RE.match(layout.blocks[0].text):
        return _meeting_page_title(layout)
    cover = _cover(layout)
    if _is_minutes(layout) and not _is_agenda_pack(layout):  # an agenda's item "Minutes of the last meeting"
        heading = next((b.text for b in cover if MINUTES_RE.match(b.text)), None) or _run_in_minutes_heading(cover)
        # a heading "MINUTES" over a table of fields naming the meeting (not a web item's "Minutes:" label)
        bare = meeting and any(b.kind == "heading" and BARE_MINUTES_RE.match(b.text) for b in cover)
        if heading or bare or meeting_line(layout) or _dated_heading_body(layout):
            return _minutes_title(heading, meeting)
        dated = next((b.text.strip() for b in cover[:2] if NAMED_BY_DATE_RE.match(b.text) and parse_date(b.text)), None)
        if dated:
            return dated  # "Minutes 8th April 2021" opening the paper names it
    not_titles = (meeting_line(layout), _letterhead(layout))
    cover = _with_run_on_headings(cover)
    # a title page's heading first; a line the layout took for running text or a bullet only after
    for blocks, kind in ((_title_page(layout, cover), "heading"), (cover, "heading"), (cover, "paragraph"),
                         (cover, "list_item")):
        candidates = [_title_text(b) for b in blocks if b.kind == kind and _may_be_title(b, *not_titles)]
        typed = [c for c in candidates if TITLE_NOUNS.search(c)]
        if typed or candidates:
            return (typed or candidates)[0]
    return _table_caption(cover) or _meta_title(layout.meta.get("title") or layout.meta.get("Title") or "")


def _table_caption(cover: list[Block]) -> str | None:
    """A spreadsheet printed as the paper: its first row holds one cell across the sheet,
    the sheet's title ("APPENDIX B - REVENUE BUDGET SUMMARY 2026-27 | | | |"), printed on
    the page where the file's own title field may say something else."""
    first = cover[0] if cover else None
    if first is None or first.kind != "table" or not first.rows:
        return None
    cells = [c.strip() for c in first.rows[0].cells if c.strip()]
    caption = cells[0] if len(cells) == 1 else ""
    named = re.search(r"[A-Za-z]{3}", caption) and len(caption.split()) <= MAX_TITLE_WORDS and not _is_field(caption)
    return readable_case(caption) if named else None


def _meta_title(given: str) -> str | None:
    """The PDF's own title field, unless it is a word processor's default: "(anonymous)",
    "untitled", a file name ("Budget report v3.docx"); "Microsoft Word - Budget Report.docx"
    -> "Budget Report"."""
    text = re.sub(r"\s*\.(?:docx?|pdf|rtf|odt|pptx?|xlsx?)$", "", OFFICE_FILE_RE.sub("", given.strip()), flags=re.I)
    return None if not text or DEFAULT_META_TITLE_RE.fullmatch(text) else text


def _meeting_page_title(layout: Layout) -> str | None:
    """A meeting's web page is titled by the dated meeting line under its label ("Agenda and
    minutes" over "Licensing Panel - Tuesday, 4th May, 2021 2.00 pm"), or by nothing: the
    headings below are its items' ("Declarations of Interest")."""
    line = layout.blocks[1].text if len(layout.blocks) > 1 else ""
    return line if parse_date(line) and not _is_field(line) else None


def _title_text(block: Block) -> str:
    """"ISSUE - MEETINGS COUNCIL PLAN MONITORING" -> "Council Plan Monitoring"; "Issue -
    decisions Parking Review 14/03/2023 - Parking Review Phase 2" -> "Parking Review"; "Housing
    Strategy (Draft)" -> "Housing Strategy": the title without the web page's label or the status;
    a page's breadcrumb run into its heading ("Street Lighting Street Lighting") printed once."""
    labelled = readable_case(_own_text(block).strip(" *#:"))
    text = DRAFT_MARK_RE.sub("", _unlabelled(labelled))
    if text != labelled:  # an issue page's title, perhaps with its meeting's link run in
        text = ISSUE_MEETING_TAIL_RE.sub("", text)
    return REPEATED_RE.sub(r"\g<once>", text)


def _unlabelled(text: str) -> str:
    """A line without the web page's label run into it ("Issue - meetings Sickness Absence.")
    or the link to the meeting that took the issue ("09/01/2019 - Grants Scheme Guidance")."""
    return ISSUE_MEETING_LINK_RE.sub("", WEB_PAGE_LABEL_RE.sub("", text))


def _own_text(block: Block) -> str:
    """A block without a web page's chrome: "Grants Awards Additional documents: Decision: ..."
    -> "Grants Awards"; "Reports published:- |" (a row of the page's item table) -> "Reports published:-";
    "Home > Your Council > Issue - meetings Sickness Absence" (a trail run into the page's label
    and heading) -> its last step."""
    text = WEB_PAGE_TAIL_RE.sub("", block.text.strip().rstrip(" |"))
    return re.split(r"\s*[>›»]\s*", text)[-1] if BREADCRUMB_RE.search(text) else text


def _title_page(layout: Layout, cover: list[Block]) -> list[Block]:
    """A first page holding nothing but headings ("Improving Health and Wellbeing ~ Westmere
    Priorities and Actions") before the paper's other pages: its heading names the paper,
    whatever the next page's headings say ("Contents", "Our Contributions to the Strategy")."""
    first = [b for b in layout.blocks if b.page == layout.blocks[0].page] if layout.blocks else []
    later = len(first) < len(layout.blocks)
    return [b for b in cover if b in first] if later and all(b.kind == "heading" for b in first) else []


def _with_run_on_headings(cover: list[Block]) -> list[Block]:
    """A heading broken off mid-phrase ("2026/27 priorities and" over "service planning
    guidance") joined with the short line that ends it; a label ("Appendix A") is whole."""
    joined: list[Block] = []
    for block in cover:
        previous = joined[-1] if joined else None
        dangling = previous is not None and previous.kind == "heading" and not NOT_TITLE.match(previous.text.strip()) \
            and " ".join(previous.text.split()[-1:]).lower() in GRAMMAR_WORDS
        if dangling and block.kind != "table" and len(block.text.split()) <= MAX_TITLE_WORDS \
                and not ends_sentence(block.text):
            joined[-1] = previous.model_copy(update={"text": f"{previous.text.strip()} {block.text.strip()}"})
        else:
            joined.append(block)
    return joined


def _run_in_minutes_heading(cover: list[Block]) -> str | None:
    """"WESTBURY PARISH COUNCIL Draft (until approved) Minutes of the Ordinary Meeting held on
    Monday 3 May 2021 at 7.30 pm, Village Hall": a letterhead run into the minutes heading on
    one line, as text exports print it; the heading up to the meeting's date."""
    for block in cover:
        if RUN_IN_MINUTES_RE.match(block.text):
            text = re.sub(r"\s*\([^)]*\)", "", block.text)
            return re.sub(r"\s+at\s+\d.*$", "", _to_meeting_date(text))
    return None


def _to_meeting_date(heading: str) -> str:
    """A minutes heading up to the day the meeting was held, the record run on after it on the
    same line cut off ("... held on Friday, 7 June 2024 Venue: Harbour Office Present ...")."""
    held = next((end for _, start, end in dates_in(heading, None) if HELD_ON_RE.search(
        re.sub(rf"\b{WEEKDAY},?\s+$", "", heading[:start], flags=re.IGNORECASE))), None)
    return heading[:held] if held else heading


def _letter_subject(layout: Layout) -> str | None:
    """A letter's subject: the short line straight after "Dear ..." that is not a sentence."""
    if not _is_letter(layout):
        return None
    blocks = layout.blocks[:HEAD_BLOCKS]
    for salutation, following in zip(blocks, blocks[1:]):
        if re.match(r"^Dear\s+\S", salutation.text) and len(salutation.text.split()) <= 6:
            text = re.sub(r"^(?:re|subject)\s*:\s*", "", following.text.strip(), flags=re.I)
            short = len(text.split()) <= MAX_TITLE_WORDS and not ends_sentence(text)
            return readable_case(text.strip(" *#")) if short and following.kind != "table" else None
    return None


def _minutes_title(heading: str | None, meeting: str | None) -> str | None:
    """"Minutes of the X Board held on 4 May ..." -> up to "held"; a heading that names no
    body ("Minutes of the meeting held on ...") -> "<body> Minutes"."""
    if heading and _body_name(heading):
        return readable_case(re.split(r"\s+(?:held\b|on\s+\w+day\b)", heading, maxsplit=1)[0])
    if heading and RUN_IN_MINUTES_RE.match(heading):  # its letterhead names whose minutes they are
        return readable_case(heading)
    if meeting:
        return f"{meeting} Minutes"
    return readable_case(heading) if heading else None


# When a web page says it was posted: "2:05 pm, Friday, 6th March 2026 - 3 weeks ago".
POSTED_AGO_RE = re.compile(r"\b\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b", re.IGNORECASE)


def _may_be_title(block: Block, meeting: str | None, letterhead: str | None) -> bool:
    """A heading, or a short line that is not a sentence, that is none of the cover's labels,
    date lines, meeting line or letterhead."""
    own = _own_text(block)
    text = own.strip(" *#:")
    unlabelled = _unlabelled(text)  # "Agenda item Capital Programme" is a title
    # a bullet is a title only as a web page's lone heading ("- Council Services 19/20"); a
    # line ending in a stop is a sentence, unless a web page's label stands before it (the
    # stop of "at 6.30 p.m." ends no sentence)
    stopped = re.search(r"[.,;:-]$", re.sub(r"\b[ap]\.m\.$", "pm", own)) and not (unlabelled != text and own.endswith("."))
    if block.kind in ("paragraph", "list_item") and (len(text.split()) > MAX_TITLE_WORDS
                                                     or (block.marker and block.kind == "paragraph") or stopped):
        return False
    if len(text) < 8 or NOT_TITLE.match(unlabelled) or _is_field(text) or "?:" in text \
            or MEETING_PAGE_LABEL_RE.match(unlabelled):
        return False  # a label, a form's questions ("Is key decision?: No"), a web page's "Venue: ..."
    if re.search(r"\S {2,}\S|\s\|\s", text):
        return False  # a table row ("Recycling  22%  25%", "No. | Item")
    if re.search(LINKED_FILE_TAIL, text, re.IGNORECASE) or POSTED_AGO_RE.search(text):
        return False  # a link to a file ("Appendix A budget tables PDF 210 KB"), a post's time ("- 8 months ago")
    if (BREADCRUMB_RE.search(block.text) and unlabelled == text) or ADDRESS_RE.search(text) or CONTACT_RE.search(text):
        return False  # a web page's trail alone ("Home > Council > Budgets"), an address or its phone and email
    if _is_date_line(ISSUE_MEETING_LINK_RE.sub("", text)) \
            or (meeting and readable_case(unlabelled).startswith(meeting)):
        return False  # a date line or the meeting line
    return not COUNCIL_RE.fullmatch(readable_case(text)) and readable_case(text) != letterhead


def _is_date_line(text: str) -> bool:
    """"Wednesday 13 March 2013 at 2pm in Committee Room 4" or "Cabinet 4 May 2021": the
    meeting's day, not the paper's title ("Decisions 13 March 2013" names the paper)."""
    short_dated = parse_date(text) and len(text.split()) <= 6 and not NAMED_BY_DATE_RE.match(text)
    return bool(short_dated or (DAY_LINE_RE.match(text) and parse_date(text)))


def _text(blocks: list[Block]) -> str:
    return " ".join(b.text for b in blocks)


def _is_letter(layout: Layout) -> bool:
    return bool(re.search(r"\bDear\s+\w+|Yours (sincerely|faithfully|\w+)", _text(layout.blocks[:HEAD_BLOCKS])))


# A cover line that calls the paper minutes, set off by a comma or dash: "Minutes, 14 March 2024,
# Civic Centre" (after the body's name when the lines run together), "Meeting of 9 October 2023 -
# Minutes", "Minutes - Full Council - 18 January 2024", or a date straight after: "Minutes 6 Nov 2023".
MINUTES_LINE_RE = re.compile(r"(?:^|\s)(?:[Dd]raft\s+|DRAFT\s+)?(?:Minutes|MINUTES)"
                             rf"(?=\s*(?:[,–—:-]|$|\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:{MONTH})\b))"
                             r"|\s[–—-]\s*(?:draft\s+)?minutes\s*$")


def _is_minutes(layout: Layout) -> bool:
    """"Minutes of ...", "Notes of the meeting", "Present:", a table headed "Attendees | Apologies", "Housing Panel –
    Minutes – 3 May 2014", "A meeting of the Amenities Committee was held on ...", a bare "Minutes:"
    label over a meeting item's record, a web page of one item at a past meeting ("Meeting:
    06/12/2011 - Executive (Item 131)", or "Agenda item" over its "DECISION MADE:"), or a
    minute's own opening ("There was submitted a report by ...")."""
    head = layout.blocks[:HEAD_BLOCKS]
    labelled = any(MINUTES_LABEL_RE.match(b.text) or MEETING_ITEM_RE.match(b.text) or MINUTES_LINE_RE.search(b.text)
                   or MEETING_WAS_HELD_RE.match(b.text) for b in head)
    worded = re.search(r"\bminutes\s+(?:of|and\s+actions|[a-z]+\s+from)\b|\bnotes\s+of\s+(?:the\s+)?(?:\w+\s+)?meeting\b"
                       r"|\b(?:present|attendees|attendance):|\b(?:present|in\s+attendance)(?=(?-i:Mr|Mrs|Ms|Miss|Dr|Cllr)\b)|"
                       r"\s[–-]\s+minutes\s+[–-]\s", _text(head), re.IGNORECASE)
    if _is_letter(layout) or _lists_issue_decisions(layout):
        return False
    opening = MINUTE_OPENING_RE.match(_first_sentence(layout))
    attendance = any(b.kind == "table" and _lists_attendance(b) for b in head)
    return labelled or bool(worded) or attendance or _is_meeting_item_page(layout) or bool(opening)


def _lists_issue_decisions(layout: Layout) -> bool:
    """A web page headed "Issue - decisions": the decisions taken on one issue, however each
    minute is worded ("Consideration was given to a report ...")."""
    return any(ISSUE_DECISIONS_RE.match(b.text) for b in layout.blocks[:1])


def _is_meeting_item_page(layout: Layout) -> bool:
    """A web page of one item at a meeting ("Agenda item", "Venue: Civic Centre") that prints
    the decision made on it ("DECISION MADE:", "Decision: RESOLVED that ...", "RESOLVED: Cabinet
    NOTED ..."); or such a page, or an item of a meeting's page with its report linked ("66 Fees
    and Charges PDF 28 KB", "Additional documents:"), that records what was done or said there
    (see ``_records_the_meeting``)."""
    head = layout.blocks[:HEAD_BLOCKS]
    page = any(MEETING_PAGE_LABEL_RE.match(b.text) for b in head[:PAGE_CHROME_BLOCKS])
    if page and any(DECISION_MADE_RE.search(b.text) or RESOLVED_OPENING_RE.match(b.text) for b in head):
        return True
    linked = page or any(ADDITIONAL_DOCUMENTS_RE.match(b.text) for b in head) \
        or any(re.search(LINKED_FILE_TAIL, b.text, re.IGNORECASE) for b in head[:PAGE_CHROME_BLOCKS])
    return linked and any(_records_the_meeting(b) for b in layout.blocks)


def _records_the_meeting(block: Block) -> bool:
    """What an item's minute says was done or said: "RESOLVED", "The committee noted ...",
    "1. That Cabinet notes the progress made", "Members were advised that ..."."""
    resolution = block.kind == "list_item" and THAT_BODY_RESOLVES_RE.match(block.text)
    return bool(MINUTED_RE.search(block.text) or MEETING_NARRATIVE_RE.search(block.text) or resolution)


def _first_sentence(layout: Layout) -> str:
    """The paper's first block of running text (past a bare item number such as "3")."""
    return next((b.text for b in layout.blocks[:HEAD_BLOCKS] if b.kind == "paragraph" and len(b.text.split()) > 3), "")


def _opens_with_resolution(layout: Layout) -> bool:
    """"RESOLVED – that (A) ...", perhaps under the item's title ("Churchyard Wall Repairs"), or
    a bare "Resolved:" over it: the paper's first sentence is its resolution, so it records a
    decision."""
    first = next((b for b in layout.blocks[:HEAD_BLOCKS]
                  if ends_sentence(b.text) or len(b.text.split()) > MAX_TITLE_WORDS), None)
    return bool(first and (RESOLUTION_ONLY_RE.match(first.text) or RESOLUTION_LABEL_RE.match(first.text)))


def _opens_with_decisions(layout: Layout) -> bool:
    """A page that opens with numbered decisions ("1) To award £40,000 to ...") or their lead-in
    ("Recommended to full Council: that ..."), or is labelled the record of one decision."""
    if not layout.blocks:
        return False
    first = layout.blocks[0]
    numbered = first.kind == "list_item" and DECISION_ITEM_OPENING_RE.match(first.text)
    labelled = any(DECISION_NOTICE_LABEL_RE.search(b.text) for b in layout.blocks[:PAGE_CHROME_BLOCKS])
    return bool(numbered or DECISIONS_LEAD_IN_RE.match(first.text) or labelled)


def _is_decision_record(layout: Layout) -> bool:
    """A web page or form recording one decision: a "Decision:" label over its wording, and the
    decision maker, the date of decision or the reasons for it labelled alongside; or two such
    fields without the label ("Decision Ref: 2014/31", "Date of Decision: 1 October 2014";
    "Decision by: the Mayor", "Date signed: 4 May 2022"), as a commissioner's or mayor's
    notices print them."""
    labels = [b.text for b in layout.blocks if b.kind in ("paragraph", "heading")]
    labels += [f"{cells[0]}:" for b in layout.blocks if b.kind == "table" for row in b.rows
               if (cells := [c.strip(" :") for c in row.cells if c.strip()])]  # "Decision: | To approve ..."
    fields_given = {" ".join(m.group().lower().split()) for t in labels if (m := RECORD_FIELD_RE.match(t))}
    labelled = any(DECISION_LABEL_RE.match(t) for t in labels)
    return bool(fields_given) and labelled or len(fields_given) >= 2


def doc_type(layout: Layout, heading: str | None) -> DocType:
    """What the paper is; ``heading`` is its title (see ``title``), which tells a plan."""
    if _is_letter(layout):
        return "letter"
    if _notice_or_resolution(layout):
        return "other"  # a decision notice, an issue's decisions or a resolution alone: no report nor minutes
    if _is_agenda_pack(layout):
        return "agenda"
    if _is_minutes(layout) or _untitled_record(layout, heading) and _narrates_a_meeting(layout):
        return "minutes"
    if _opens_with_resolution(layout) or _is_decision_record(layout):
        return "other"
    to_a_meeting = bool(fields(layout).get("body") or meeting_line(layout))
    if is_plan_title(heading or "", goes_to_a_meeting=to_a_meeting):
        return "plan"
    return "report" if layout.fmt == "pdf" or to_a_meeting or _says_it_reports(layout, heading) else "other"


def _notice_or_resolution(layout: Layout) -> bool:
    """A decision notice ("Decision maker: Cabinet Member for Housing", "Notice of Executive
    Decisions" over its meeting), an issue's list of decisions, or a page that opens with its
    resolution ("RESOLVED: That ...")."""
    head = _text(layout.blocks[:HEAD_BLOCKS])
    return bool(_decision_notice_body(layout) or RESOLUTION_ONLY_RE.match(head) or THAT_BODY_RESOLVES_RE.match(head)
                or _lists_issue_decisions(layout) or _opens_with_decisions(layout)
                or any(re.search(NOTICE_OF_DECISIONS, b.text, re.I) for b in layout.blocks[:2]))


def records_decisions(layout: Layout) -> bool:
    """Whether a paper typed "other" is a record of decisions (a notice, a resolution, a decision
    record, an officer's delegated decisions); one that is not is a saved web page of no kind
    ("Our customer promise", a strategy's aims), and what it says was decided is background."""
    return _notice_or_resolution(layout) or _opens_with_resolution(layout) or _is_decision_record(layout) \
        or _delegated_to(layout) is not None


# What a report calls itself or asks of its meeting: "Quarterly Performance Update", "Purpose of this
# report", "Recommendation: that Cabinet notes ...", "Members are asked to consider", "Agenda item",
# a purpose opening its paragraph ("To inform Cabinet of the outcome of the consultation"), the
# field "Wards affected:".
REPORT_TITLE_RE = re.compile(r"\b(?:reports?|update|review|monitoring|outturn|proposals?|business\s+case|options"
                             r"|assessment|statement)\b", re.IGNORECASE)
# What only a report's cover says of itself: "Purpose of the report", "Report of the Director".
REPORT_COVER_RE = re.compile(r"\bpurpose\s+of\s+(?:the\s+|this\s+)?report\b|\bthis\s+report\b|^\s*report\s+(?:of|by|to)\b"
                             r"|\b(?:is|are)\s+asked\s+to\b", re.IGNORECASE)
REPORT_TEXT_RE = re.compile(r"\brecommend(?:s|ed|ations?)?\b|\bpurpose\s+of\s+(?:the\s+|this\s+)?report\b"
                            r"|\bthis\s+report\b|\breport\s+(?:of|by|to)\b|\b(?:is|are)\s+asked\s+to\b|\bagenda\s+item\b"
                            r"|^to\s+(?:consider|inform|update|advise|brief|seek)\b|^wards?\s+affected\b",
                            re.IGNORECASE)


def _says_it_reports(layout: Layout, heading: str | None) -> bool:
    """Whether a saved page is a report: its title says so ("Revenue Budget Monitoring Update")
    or its text recommends or calls itself one ("This report sets out ..."). A council's web
    page of service standards, indicators or a strategy's aims ("Our customer promise",
    "Household waste recycled") is none, though it prints figures; a PDF is always a paper
    issued as a report unless it says it is something else."""
    return bool(REPORT_TITLE_RE.search(heading or "")) or any(REPORT_TEXT_RE.search(b.text) for b in layout.blocks)


def _untitled_record(layout: Layout, heading: str | None) -> bool:
    """A paper with no title, or titled only by the meeting's name and day ("Westshire County
    Council Northdale Area Committee Thursday, 2 March 2023", "Eastholm Parish Council Special
    Meeting – 4 May 2024"), that does not call itself a report."""
    if heading is None:
        return True
    meeting = meeting_line(layout)
    named = bool(meeting) and meeting in heading or bool(re.search(r"\bmeeting\b", heading, re.I)) and _without_dates(heading) != heading
    return named and not any(REPORT_COVER_RE.search(b.text) for b in layout.blocks[:HEAD_BLOCKS])


def _narrates_a_meeting(layout: Layout) -> bool:
    """A minute cut out of its meeting's record, with no heading of its own: its opening
    paragraphs tell what was said and agreed ("The Director submitted a report ...", "Members
    were advised ...", "The Committee agreed: To note the report")."""
    return any(_records_the_meeting(b) for b in layout.blocks[:NARRATED_BLOCKS] if b.kind != "table")


def _is_agenda_pack(layout: Layout) -> bool:
    """An agenda, though it carries the last meeting's minutes and the reports: its front page
    calls the meeting ("A meeting of the Licensing Committee will be held: Date: 3 May 2022") or
    is headed "AGENDA" (or "A G E N D A", or a title ending on it), and lists no one as present; notes of a meeting that
    print their agenda over the attendance, or over "A meeting of ... was held on ...", are minutes."""
    front = [b for b in layout.blocks[:HEAD_BLOCKS] if b.page == layout.blocks[0].page]
    if any(_lists_attendance(b) or MEETING_WAS_HELD_RE.match(b.text) for b in front):
        return False
    return any(SUMMONS_RE.search(b.text) or b.kind != "table" and (re.sub(r"\s+", "", b.text).lower() == "agenda"
                                                                  or bool(TITLED_AGENDA_RE.search(b.text)))
               for b in front)


# A title ending on the word for its paper: "PARISH COUNCIL MEETING AGENDA", "Planning Committee
# Agenda", not an item ("Approval of the agenda").
TITLED_AGENDA_RE = re.compile(r"^(?!.*\bof\s+the\s+agenda$)(?:\S+\s+){1,12}(?:AGENDA|Agenda)\s*$")


def _lists_attendance(block: Block) -> bool:
    """"Present: Cllrs Hale and Moss", "Attendance:", a table headed "Attendees", and a table's
    label cell a copy glued to its first name ("PresentMr A Evans")."""
    if block.kind == "table":
        return bool(block.rows) and bool(ATTENDANCE_RE.fullmatch(block.rows[0].cells[0].strip()))
    return bool(re.match(rf"(?:{ATTENDANCE_RE.pattern})(?:(?!\w)|(?=(?-i:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\b))",
                         block.text.strip(), re.IGNORECASE))


def is_plan_title(text: str, goes_to_a_meeting: bool = False) -> bool:
    """A title naming the paper itself as a plan: "Workforce Strategy 2021-25", "Operational
    planning guidance", "Budget 2018-19"; not a report about one ("Council Plan Monitoring",
    "Late changes to the Financial Plan"). A paper going to a meeting under a strategy's name
    ("Treasury Management Strategy 2011/12", to Full Council) is the report that presents it,
    unless it is a delivery, business, action, corporate or improvement plan itself."""
    if not PLAN_TITLE_RE.search(text) or ABOUT_A_PLAN_RE.search(text):
        return False
    return not goes_to_a_meeting or bool(PLAN_ITSELF_RE.search(text))


def date(layout: Layout) -> str | None:
    """The meeting date field, else the date a meeting was "held on", else the first full
    date on the cover, else any date there (a web page's own date comes before the minutes'; an
    earlier meeting's, whose minutes the agenda confirms, is not the paper's),
    else the date under a foreword's signature. A cover's tables are read only for their
    labelled fields: their other dates are a plan's deadlines ("Timescale | March 2026")."""
    opening = _opening(layout)
    given = fields(layout).get("date") or _held_on(opening) or _decision_date(layout) \
        or _held_on_weekday(opening, _text(layout.blocks))
    if given:
        return given
    found = [d for block in _cover(layout) if block.kind != "table" and not EARLIER_MEETING_RE.search(block.text)
             for d in _dates_outside_ranges(block.text)]
    full = [d for d in found if len(d) == 10]
    return (full or found or [_signature_date(layout) or _signed_on(layout)])[0]


def _opening(layout: Layout) -> list[Block]:
    """The cover; for minutes, with the first paragraph after it when it opens the record of the
    meeting: "The 95th Meeting of the Ashby Community Council was held in the Village Hall,
    Ashby, on Tuesday 4th March 2025" (not "the report referred to the meeting held on ...")."""
    cover = _cover(layout)
    after = layout.blocks[len(cover):len(cover) + 1]
    return cover + after if after and MEETING_WAS_HELD_RE.search(after[0].text) and _is_minutes(layout) else cover


def _dates_outside_ranges(text: str) -> list[str]:
    """The dates of a line but those bounding a period ("for 1st January 2025 to 31st March
    2025", "1 April – 30 June 2021") and deadlines ("the parish must tell the district council its
    precept by 31st January 2025"): a period reported on, or a day something is due, dates no paper."""
    found = dates_in(text, None)
    ranged = {i for i, (first, then) in enumerate(zip(found, found[1:]))
              if RANGE_JOIN_RE.fullmatch(text[first[2]:then[1]])}
    return [d for i, (d, start, _) in enumerate(found)
            if i not in ranged and i - 1 not in ranged and not DUE_BY_RE.search(text[:start])]


def _signature_date(layout: Layout) -> str | None:
    """"Ann Brook, Director of People, May 2022" signing a foreword at the start or the end of
    the paper -> 2022-05; a sentence that names an office and a date is no signature."""
    for block in layout.blocks[:HEAD_BLOCKS] + layout.blocks[-FOOT_BLOCKS:]:
        text = block.text.strip(" *#")
        match = SIGNATURE_DATE_RE.search(text)
        if match and len(text.split()) <= MAX_SIGNATURE_WORDS and not ends_sentence(text) \
                and parse_date(match.group("date")):
            return parse_date(match.group("date"))
    return None


def _signed_on(layout: Layout) -> str | None:
    """A decision record signed at its foot: a date alone on its line by the "signed ... date"
    boxes ("17/1/2025" over "........ | signed | date") is the day it was decided."""
    foot = layout.blocks[-FOOT_BLOCKS:]
    if not SIGNED_RE.search(_text(foot)):
        return None
    alone = [parse_date(b.text.strip()) for b in foot if b.kind != "table" and len(b.text.split()) <= 4]
    return next((d for d in alone if d and len(d) == 10), None)


def _decision_date(layout: Layout) -> str | None:
    """A decision notice's "Date of decision: 23/01/2020" field, which web pages often print
    after the decision rather than on a cover; or the "Date:" under the decision maker's
    signature ("Police and Crime Commissioner: [signed]" / "Date: 16/03/2026")."""
    for above, block in zip([None, *layout.blocks], layout.blocks):
        match = FIELD_RE.match(block.text) if block.kind == "paragraph" else None
        label = match.group("label").strip() if match else ""
        signed = label.lower() == "date" and above is not None and SIGNATURE_LINE_RE.search(above.text)
        if match and (DECISION_DATE_FIELD.match(label) or signed) and parse_date(match.group("value")):
            return parse_date(match.group("value"))
    return None


# "Police and Crime Commissioner: [signed]", "Signature:": the line a decision maker signs.
SIGNATURE_LINE_RE = re.compile(r"\b(?:signed|signature)\b", re.IGNORECASE)


def _held_on(blocks: list[Block]) -> str | None:
    """``... Meeting held on Monday 14th March 2016 at 7pm`` -> 2016-03-14; not the
    earlier meeting whose minutes are to be approved ("To approve, as a correct record, the
    minutes of the meeting held on 3 March 2025")."""
    for block in blocks:
        text = re.sub(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+", "", block.text)
        held = [d for d, start, end in dates_in(text, None) if len(d) == 10 and HELD_ON_RE.search(text[:start])
                and not EARLIER_MINUTES_RE.search(MINUTES_STAMP_RE.sub("", _told_with(text, start, end)))]
        if held:
            return held[0]
    return None


# "DRAFT Minutes of the meeting held on ...", "Unconfirmed minutes": the record's own status, no
# approval of an earlier meeting's minutes.
MINUTES_STAMP_RE = re.compile(r"\b(?:draft|approved|confirmed|unconfirmed|unapproved)\s+(?=minutes?\b)", re.IGNORECASE)
# A block longer than this is a page run together: a date's own sentence says what it dates.
MAX_DATED_LINE_CHARS = 300


def _told_with(text: str, start: int, end: int) -> str:
    """What a date is read with: its line; in a page run into one line ("... Minutes of the
    meeting held on 7 June 2024 Venue: ... 2 Previous minutes ... signed as correct"), its own
    sentence, as the minutes of the meeting before are approved further on."""
    if len(text) <= MAX_DATED_LINE_CHARS:
        return text
    return text[text.rfind(". ", 0, start) + 1:(text.find(". ", end) + 1) or len(text)]


# "Meeting held on Tuesday 9th June at 7.30pm": a day and month with the weekday but no year.
HELD_ON_WEEKDAY_RE = re.compile(rf"\bheld\s+on\s+(?:the\s+)?(?P<weekday>{WEEKDAY}),?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
                                rf"\s+(?:of\s+)?(?P<month>{MONTH})\b(?!,?\s+{YEAR})", re.IGNORECASE)


def _held_on_weekday(blocks: list[Block], paper: str) -> str | None:
    """"held on Tuesday 9th June" in minutes that print no year there: the year, of those the
    paper names and the ones either side, in which that day was that weekday (9 June 2026 was a
    Tuesday); none when no year or more than one fits."""
    held = next((m for block in blocks if (m := HELD_ON_WEEKDAY_RE.search(block.text))), None)
    if held is None:
        return None
    named = {int(y) for y in re.findall(rf"\b{YEAR}\b", paper)}
    month = MONTH_NUMBERS[held.group("month")[:3].lower()]
    weekday = WEEKDAY_STEMS.index(held.group("weekday")[:3].lower())
    fits = {d for y in named | {y + 1 for y in named} | {y - 1 for y in named}
            if (d := _day_of(y, month, int(held.group("day")))) and d.weekday() == weekday}
    return fits.pop().isoformat() if len(fits) == 1 else None


def _day_of(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _councils(blocks: list[Block]) -> list[str]:
    return [c for block in blocks for c in COUNCIL_RE.findall(readable_case(block.text))]


def _letterhead(layout: Layout) -> str | None:
    """A council or partnership named alone at the very top of the paper, perhaps over the word
    for its minutes ("Fernshire Council Minutes"), or under the agenda's item number ("Agenda
    Item 7" over "NORTHVALE FIRE AUTHORITY")."""
    for block in layout.blocks[:LETTERHEAD_BLOCKS]:
        name = re.sub(rf"{MINUTES_TAIL}$", "", readable_case(block.text.strip(" *#")), flags=re.I)
        named = COUNCIL_RE.fullmatch(name) or PARTNERSHIP_RE.fullmatch(name) or UNITARY_RE.fullmatch(name) \
            or ORGANISATION_RE.fullmatch(name)
        if block.kind != "table" and named:
            return name
        if not AGENDA_ITEM_LINE_RE.match(block.text):
            return None
    return None


LETTERHEAD_BLOCKS = 2
# "Agenda Item 9", "Item 4": a report's number in the agenda pack, over its letterhead.
AGENDA_ITEM_LINE_RE = re.compile(rf"^\s*{AGENDA_ITEM_NUMBER}\s*$", re.IGNORECASE)


def _signed_off(layout: Layout) -> str | None:
    """An office or trust named alone at the end of the paper: ``Local Government Office June 2011``."""
    for block in reversed(layout.blocks[-FOOT_BLOCKS:]):
        name = readable_case(_without_dates(block.text).strip(" *#"))
        if ORGANISATION_RE.fullmatch(name):
            return name
    return None


def _running_council(layout: Layout) -> str | None:
    """A council named in a running header or footer, a line repeated on most pages
    ("Ashwell District Council | Fees and Charges 2026/27"): the reader drops those lines as
    page furniture, so they are read from the pages' text."""
    pages = [set(filter(None, (ln.strip() for ln in text.splitlines()))) for text in layout.page_texts]
    counts = Counter(line for lines in pages for line in lines)
    running = [line for line, n in counts.items() if n >= max(2, (len(pages) + 1) // 2)]
    councils = [c for line in running for c in COUNCIL_RE.findall(readable_case(line))]
    return councils[0] if len(set(councils)) == 1 else None


def _secretariat(layout: Layout) -> str | None:
    """A panel's minutes listing "Secretariat: Jo Bloggs (DWP)." or signed "DWP Secretariat
    June 2013": the body that services the panel, spelled out where the paper spells it
    ("Department for Work and Pensions (DWP)")."""
    for block in layout.blocks[:HEAD_BLOCKS] + layout.blocks[-FOOT_BLOCKS:]:
        match = SECRETARIAT_RE.match(_without_dates(block.text))
        if match:
            return _spelled_out(" ".join((match.group("listed") or match.group("signed")).split()), layout)
    return None


def _spelled_out(name: str, layout: Layout) -> str:
    """"DWP" -> "Department for Work and Pensions" where the paper prints it before "(DWP)"
    and its capitals spell the initials; else the name as given."""
    for match in re.finditer(SPELLED_OUT_RE.format(re.escape(name)), _text(layout.blocks)):
        words = match.group(1).split()
        for start in range(len(words)):  # drop words before the spelled-out name ("Minister at the")
            capitals = "".join(w[0] for w in words[start:] if w[0].isupper())
            if capitals == name and words[start][0].isupper():
                return " ".join(words[start:])
    return name


def authority(layout: Layout, reading: Reading) -> str | None:
    """The issuing council or partnership: a council in the title, the letterhead of a
    letter or the paper, the partnership whose board the paper goes to, the council whose web
    domain the paper gives, else the council most named (else the NHS body most named, else the
    fire service, national park or combined authority most named)."""
    # the signature's council; copies ("cc: ...") go to others
    foot = _councils([b.model_copy(update={"text": re.split(r"\bc\.?c\.?\s*:", b.text, flags=re.I)[0]})
                      for b in layout.blocks[-FOOT_BLOCKS:]])
    if reading.doc_type == "letter" and foot:
        return foot[-1]
    in_title = COUNCIL_RE.findall(reading.title or "")
    letterhead = _letterhead(layout)
    if in_title or letterhead:
        return in_title[0] if in_title else letterhead
    signed = _signed_off(layout) or _secretariat(layout) or _running_council(layout)
    if signed:
        return signed
    meeting = reading.body or ""
    if council := _council_of_meeting(meeting):
        return council
    if re.search(r"\bJoint\b", meeting):  # a joint committee of councils issues its own papers
        return meeting
    if meeting and not COUNCIL_MEETINGS.search(meeting) and not PORTFOLIO_RE.fullmatch(meeting) \
            and not OFFICER_TITLE_RE.match(meeting):  # "Head of Communities" decides; no issuer's name
        return _meeting_authority(meeting)
    councils = _named_twice_or_on_cover(_councils(layout.blocks), _councils(_cover(layout))) \
        or _named_twice_or_on_cover(NHS_BODY_RE.findall(_text(layout.blocks)), NHS_BODY_RE.findall(_text(_cover(layout))))
    most_named = max(councils, key=councils.count) if councils else None
    return _web_council(layout) or _venue_council(layout) or most_named or _sole_unitary_council(layout, meeting) \
        or _initialled_county(layout) or _most_named_service(layout)


# A regional service or authority that issues its own papers, however often it names itself:
# "Westvale Fire and Rescue Service", "Northmoor Fire Authority", "Kelder Hills National Park
# Authority", "North Vale Combined Authority".
SERVICE_BODY_RE = re.compile(r"(?<![\w-])(?!The\b)(?:(?!(?:Authority|Service)\b)[A-Z][\w'’&-]*[ \t]+(?:(?:and|&)[ \t]+)?){1,5}"
                             r"(?:Fire[ \t]+(?:and|&)[ \t]+Rescue[ \t]+(?:Service|Authority)|Fire[ \t]+Authority"
                             r"|National[ \t]+Park[ \t]+Authority|Combined[ \t]+Authority)")


def _most_named_service(layout: Layout) -> str | None:
    """The fire service, national park or combined authority a paper names most, where no
    council is named as its issuer; none where two are named as often. A capital before a name
    ("Ask Kelder Hills National Park Authority") names it too."""
    names = [m.group(0) for block in layout.blocks for m in SERVICE_BODY_RE.finditer(block.text)]
    counts = Counter(name for name in set(names) for other in names if other.endswith(name))
    ranked = sorted(counts, key=lambda name: (-counts[name], len(name)))
    rivals = [name for name in ranked[1:] if counts[name] == counts[ranked[0]] and not ranked[0].endswith(name)
              and not name.endswith(ranked[0])]
    return ranked[0] if ranked and not rivals else None


def _council_of_meeting(meeting: str) -> str | None:
    """A meeting named with its council or authority before it: "Westholm Borough Council
    Licensing Committee", "The Vale of Westholm Council Scrutiny Committee", "North Vale
    Combined Authority Committee" -> that council or authority."""
    named = re.match(r"^(?:The\s+)?(?P<council>.+?\b(?:Council|Authority))\s+(?=[A-Z])", meeting)
    council = named.group("council") if named else ""
    issuer = COUNCIL_RE.fullmatch(council) or UNITARY_RE.fullmatch(council) or NAMED_AUTHORITY_RE.fullmatch(council)
    return council if issuer else None


def _named_twice_or_on_cover(named: list[str], on_cover: list[str]) -> list[str]:
    """The bodies named on the cover or more than once: a council named once in the body
    ("working with Westmere City Council to recruit") is a partner, not the paper's issuer."""
    return [name for name in named if name in on_cover or named.count(name) > 1]


def _meeting_authority(meeting: str) -> str | None:
    """Who issues the papers of a meeting that is not a council's: "Northdale Libraries IPS
    Board" -> its IPS; "Eastbury Annual Parish Meeting" -> the parish council that convenes it;
    none for a board named by its function ("Audit and Governance Board"), a council's own."""
    parish = PARISH_MEETING_RE.fullmatch(meeting)
    if parish:
        return f"{parish.group('place')} {parish.group('kind')} Council"
    issuer = re.sub(rf"(?:^|\s+){BODY_HEADS}$", "", meeting, flags=re.I)  # "Board" alone: no issuer named
    words = [w.lower() for w in re.findall(r"[\w'-]+", issuer)]
    functional = all(w in FUNCTION_WORDS for w in words)
    own = STANDALONE_BODY_RE.fullmatch(issuer)  # "Executive Board": a council's own meeting, no issuer's name
    return None if functional or own or words[-1:] and words[-1] in KIND_OF_GROUP else issuer


def _web_council(layout: Layout) -> str | None:
    """A paper whose officers write from ``@westmere.gov.uk`` or that links ``www.westmere.gov.uk``:
    the council it prints in full under that place ("Westmere City Council", though it also
    calls its county partner "the County Council"). Else, for a paper that names its council
    only as "the County Council", "Westmere County Council". The place must be printed in the
    paper as a name, or be a place in the register of councils; the council is the one printed
    under that place ("Westmere Council" too), else of the kind it calls itself, else a county's or
    a London borough's if the register says the place is one, else just "<Place> Council"."""
    text = _text(layout.blocks)
    domains = [d.lower() for d in COUNCIL_DOMAIN_RE.findall(text)]
    if not domains:
        return None
    label = max(domains, key=domains.count)
    place = _printed_place(label, text) or _registered_place(label)
    if place is None:
        return None
    printed = [c for c in COUNCIL_RE.findall(text) if c.startswith(f"{place} ")]
    if printed:  # "Westmere City Council", printed in full, though the paper also says "the County Council"
        return max(printed, key=printed.count)
    unitary = [name for m in UNITARY_RE.finditer(text)
               if (name := readable_case(m.group().strip())) == f"{place} Council"]
    if unitary:  # "For more information about Westmere Council": the name it gives itself, not the register's
        return unitary[0]
    kinds = _own_council_kinds(text)
    if kinds:
        return f"{place} {max(kinds, key=kinds.count)} Council"
    # the register knows a county from a district: "norfolk.gov.uk" is Norfolk County Council
    kind = registered(place).type
    if registered(place).code is None and not _named_as_place(place, text):
        return None  # "www.data.gov.uk" and "Data Provider Update": a word of a name, no place
    if kind == "London borough":
        return f"London Borough of {place}"
    return f"{place} County Council" if kind == "county council" else f"{place} Council"


def _initialled_county(layout: Layout) -> str | None:
    """A paper that calls its council by initials ("the risk to WSCC", "WSCC officers") and
    names the place they stand for ("schools across West Sussex"): that county council, when
    the register knows the place as a county and the paper names no other county so initialled."""
    text = _text(layout.blocks)
    initials = Counter(COUNTY_INITIALS_RE.findall(text)).most_common(1)
    if not initials or initials[0][1] < 2:
        return None
    spelled = r"\s+".join(rf"{letter}[a-z]+" for letter in initials[0][0])
    places = {m.group() for m in re.finditer(rf"\b{spelled}\b", text)}
    counties = [place for place in places if registered(" ".join(place.split())).type == "county council"]
    return f"{' '.join(counties[0].split())} County Council" if len(counties) == 1 else None


def _own_council_kinds(text: str) -> list[str]:
    """"the County Council", "funded by the Town Council": how a paper names its own council by
    its kind alone ("Westmere City Council", named in full, is another)."""
    return [kind for before, kind in BARE_COUNCIL_RE.findall(text) if not before[:1].isupper() or before == "The"]


def _venue_council(layout: Layout) -> str | None:
    """Minutes of a town or parish council meeting in its own hall ("Amenities Committee
    Tuesday 4 May 2021 Eastbury Town Hall") that call their council "the Town Council": the
    hall's place and the council's kind, "Eastbury Town Council", not a city council the
    minutes name as a partner."""
    kinds = _own_council_kinds(_text(layout.blocks))
    for place, kind in VENUE_RE.findall(_text(_cover(layout))):
        if kind in kinds:
            return f"{place} {kind} Council"
    return None


def _sole_unitary_council(layout: Layout, meeting: str) -> str | None:
    """A paper to a council's own meeting ("Cabinet") that names one council only, and that
    by its unitary name ("Westmere Council is at the forefront ..."): its own council."""
    if not COUNCIL_MEETINGS.search(meeting):
        return None
    named = {readable_case(m.group().strip()) for m in UNITARY_RE.finditer(_text(layout.blocks))}
    return named.pop() if len(named) == 1 else None


def _named_as_place(place: str, text: str) -> bool:
    """"Resurfacing across Westvale will start", "parks in Westvale": the word stands as a place
    inside a sentence, not only inside a longer name ("Data Provider Update", "Monitoring Data")
    or capitalised as a sentence's first word ("Data publishers should ...")."""
    return bool(re.search(rf"(?:[,;:(]\s*|\b[a-z][\w'’-]*\s+){re.escape(place)}\b(?!\s+[A-Z])", text))


def _registered_place(label: str) -> str | None:
    """A domain the paper prints only in its links ("www.eastholm.gov.uk/planning") names a
    council when its label is a place in the register of councils: "Eastholm"."""
    place = " ".join(word.capitalize() for word in label.split("-"))
    return place if registered(place).code else None


def _printed_place(label: str, text: str) -> str | None:
    """``westsussex`` as the paper prints it, "West Sussex": capitalised words, spaced or not."""
    spelled = r"[\s-]?".join(map(re.escape, label))
    found = (m.group() for m in re.finditer(rf"\b{spelled}\b", text, re.I))
    return next((p for p in found if all(w[0].isupper() and w[1:].islower() for w in re.split(r"[\s-]", p))), None)


def body(layout: Layout) -> str | None:
    """The meeting the paper goes to; None for a letter to a person."""
    if _is_letter(layout):
        return None
    given = fields(layout).get("body") or meeting_line(layout)
    if given:
        return given
    cover = _cover(layout)
    at = next((i for i, b in enumerate(cover) if MINUTES_RE.match(b.text)), None)
    minutes = cover[at].text if at is not None else ""
    if _body_name(minutes):
        return _body_name(minutes)
    if at and _named_over_minutes(cover[at - 1].text):
        return _named_over_minutes(cover[at - 1].text)
    letterhead = _run_in_letterhead(cover)
    if letterhead and (named := _named_over_minutes(letterhead)):
        return named
    if (_is_minutes(layout) or _opens_with_resolution(layout)) and (_minuted_body(layout) or _dated_heading_body(layout)):
        return _minuted_body(layout) or _dated_heading_body(layout)
    if decider := _decision_notice_body(layout) or _delegated_to(layout):
        return decider
    addressed = ADDRESSED_RE.search(_text(layout.blocks[:HEAD_BLOCKS]))
    if addressed:
        return addressed.group(1).strip()
    standalone = STANDALONE_BODY_RE.search(_text(_cover(layout)))
    return standalone.group(1) if standalone else None


def _run_in_letterhead(cover: list[Block]) -> str | None:
    """"WESTMERE PORT BOARD MEETING DRAFT Minutes of the meeting held on ..." -> "WESTMERE PORT BOARD": the
    letterhead run into a minutes heading, less the words for a meeting and its status."""
    heading = _run_in_minutes_heading(cover)
    if heading is None:
        return None
    letterhead = re.split(r"\bminutes?\s+of\b", MINUTES_STAMP_RE.sub("", heading), maxsplit=1, flags=re.IGNORECASE)[0]
    return re.sub(r"\s+meeting\s*$", "", letterhead.strip(), flags=re.IGNORECASE)


def _named_over_minutes(text: str) -> str | None:
    """The line over "Minutes of the meeting held on 7 November 2023" that names whose meeting it
    was: "Westvale Police and Crime Panel", or the committee after its council's name
    ("Kelbrook District Council - Housing Advisory Panel"); not the council alone."""
    names = [readable_case(part.strip(" *#:")) for part in re.split(r"\s+[–—-]\s+", text)]
    return next((name for name in reversed(names) if NAME_RE.fullmatch(name) and not COUNCIL_RE.fullmatch(name)
                 and not UNITARY_RE.fullmatch(name) and len(name.split()) <= MAX_BODY_WORDS), None)


def _minuted_body(layout: Layout) -> str | None:
    """Minutes headed by the meeting's name alone ("Westvale Digital Standards Board" over
    "Minutes of the meeting"): that body, unless it is the council's letterhead."""
    names = [name for block in _cover(layout) if block.kind == "heading"
             and NAME_RE.fullmatch(name := readable_case(block.text.strip(" *#:")))
             and not COUNCIL_RE.fullmatch(name) and len(name.split()) <= MAX_BODY_WORDS]
    # "Torrisdale Council" over "Planning Committee": the council's letterhead, then its committee
    return next((name for name in names if not UNITARY_RE.fullmatch(name)), names[0] if names else None)


def _decision_notice_body(layout: Layout) -> str | None:
    """A decision notice's "Decided at meeting: 23/01/2020 - Cabinet" or "Decision maker:
    Cabinet Member for Housing" field, wherever the page prints it: the body that decided."""
    for block in layout.blocks:
        match = FIELD_RE.match(block.text) if block.kind == "paragraph" else None
        if match and DECIDED_AT_FIELD.match(match.group("label").strip()):
            return _field_value("body", match.group("value"))
    return None


# "Head of Communities", "Director of Finance": an officer's title, whose decisions a record lists.
OFFICER_TITLE_RE = re.compile(r"^(?:the\s+)?(?:(?:executive|assistant|deputy|corporate|strategic)\s+)?"
                              r"(?:head|director|chief|manager|officer)\b", re.IGNORECASE)
# "Record of decisions taken under delegated authority by the Head of Communities on 4 June 2024": the
# officer a record of delegated decisions is of.
DELEGATED_TO_RE = re.compile(r"\bdecisions?\b[^.;:]{0,40}?\bdelegated\s+(?:powers|authority)\s+(?:to|of|by)\s+(?:the\s+)?"
                             r"(?P<office>[A-Z][^.;:]{2,80}?)(?=\s+on\s+\d|\s*[.;:]|\s*$)", re.IGNORECASE)


def _delegated_to(layout: Layout) -> str | None:
    """The officer whose delegated decisions a cover line says the paper records."""
    found = next((m for b in _cover(layout)[:LETTERHEAD_BLOCKS + 2] if (m := DELEGATED_TO_RE.search(b.text))), None)
    return found.group("office").strip() if found else None


def _dated_heading_body(layout: Layout) -> str | None:
    """Minutes headed "Parks and Open Spaces Thursday 4th May 2023 Riverside Hall" that call
    their meeting "Committee" ("Committee resolved to note ..."): the name before the date,
    with the noun the minutes use for the meeting."""
    heading = next((b.text for b in _cover(layout) if b.kind == "heading" and dates_in(b.text, None)), None)
    if heading is None:
        return None
    name = re.split(r"\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d)", heading, maxsplit=1)[0].strip(" ,–-")
    if not NAME_RE.match(name + " Committee") or len(name.split()) > MAX_BODY_WORDS or dates_in(name, None):
        return None
    heads = [head for block in layout.blocks for head in OWN_MEETING_RE.findall(block.text)]
    return f"{readable_case(name)} {max(heads, key=heads.count)}" if heads else None


def describe(layout: Layout) -> Cover:
    """The paper's metadata; a local council's minutes that name no body ("Minutes of the
    Ordinary Meeting held on ...") record a meeting of the council as a whole."""
    meeting = body(layout)
    heading = title(layout, meeting)
    reading = Reading(title=heading, doc_type=doc_type(layout, heading), body=meeting)
    issuer = authority(layout, reading)
    whole_council = reading.doc_type == "minutes" and re.search(r"\b(?:Parish|Town|Community)\s+Council$", issuer or "")
    if whole_council and re.fullmatch(r"(?:Parish|Town|Community|Full)\s+Council(?:\s+Meeting)?", meeting or ""):
        meeting = None  # "Minutes of the Parish (or Full) Council Meeting": the council's own, named on its letterhead
    return Cover(title=heading, doc_type=reading.doc_type, date=date(layout), authority=issuer,
                 body=meeting or (issuer if whole_council or _councils_own_minutes(reading, issuer) else None))


def _councils_own_minutes(reading: Reading, issuer: str | None) -> bool:
    """Minutes headed by the council's name alone ("Fernshire Council Minutes"): a meeting of the
    council itself."""
    return reading.doc_type == "minutes" and issuer is not None and bool(
        re.fullmatch(rf"{re.escape(issuer)}{MINUTES_TAIL}", reading.title or "", re.I))
