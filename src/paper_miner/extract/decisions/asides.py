"""Sentences of minutes that use a decision verb without recording a decision.

Minutes mix what the meeting decided with what was said at it. These rules describe the
second kind, so that the reader skips it before looking for decision verbs:

* questions put by members: ``A governor asked whether the grant had been approved``,
  ``Could officers explain why the scheme was agreed?`` (the meeting asking whether something
  could be done, ``The Board asked whether a site visit could be arranged``, is its request);
* apologies for absence: ``Apologies were noted and accepted from Cllr Marsh``, ``Cllr Hart's
  absence was noted`` (procedure);
* the standard footer: ``All minutes are draft until agreed at the next meeting``, and (by
  its subject) a decision about the calendar or the register of interests only: ``The date
  and time of the next meeting were noted``, ``Declarations of interest were recorded and noted``;
* the preamble to a decision: ``In reaching the decision below, Cabinet considered the details
  set out in the report before it``;
* agenda planning: ``The following matters were agreed for the next agenda``;
* corrections to the last minutes: ``It was noted that item 4 should read "£400"``, and
  opinions: ``... as it was felt that the hedge was too high``;
* what someone said: ``The Treasurer explained that the transfer had been approved`` (only
  where no body is named as deciding: ``The Chair reported that the Executive had agreed ...``
  still reports the Executive's decision).
"""
from __future__ import annotations

import re

QUESTION_RE = re.compile(
    r"\?\s*$|\bquestions?\s+(?:was|were)\s+(?:asked|raised|put)\b|"
    r"\b(?:asked|queried|enquired|inquired)\s+(?:if|whether|why|how|what|when|who|about)\b", re.I)
APOLOGIES_RE = re.compile(r"\bapolog(?:y|ies)\b|\babsences?\s+(?:was|were|is|are)\s+(?:noted|accepted|recorded)\b"
                          r"|\breasons?\s+for\s+(?:absence|non[- ]?attendance)\b", re.I)
DRAFT_FOOTER_RE = re.compile(r"\bdraft\s+until\b", re.I)
# "The date and time of the next meeting were noted", "Declarations of interest were recorded
# and noted", "A recorded vote was requested", "that the motion be put to the vote": the calendar,
# the register and the way a vote is taken, not decisions (what a decision's subject is when it is
# only that).
PROCEDURAL_SUBJECT_RE = re.compile(r"^\W*(?:the\s+|a\s+)?(?:date\s+(?:and\s+(?:time|venue)\s+)?of\s+(?:the\s+)?next\s+meeting"
                                   r"|(?:\w+\s+)?(?:declarations?|disclosures?)\s+of\s+(?:pecuniary\s+|personal\s+)?interests?"
                                   r"|recorded\s+vote|[^.;]{0,40}?\b(?:motion|question|amendment)\b[^.;]{0,60}?\bbe\s+(?:now\s+)?put\b)\b",
                                   re.I)
AGENDA_PLANNING_RE = re.compile(
    r"\b(?:agreed|approved|noted|requested|asked)\s+(?:for|on|to)\s+(?:the\s+|a\s+)?(?:next|future|forthcoming)\s+(?:meeting'?s?\s+)?agenda\b", re.I)
# "In reaching the decision below, Cabinet considered the details set out in the report":
# the standard preamble saying how the decision that follows was reached.
REASONING_RE = re.compile(r"^\W*in\s+(?:reaching|making|coming\s+to|arriving\s+at|taking)\s+"
                          r"(?:the|its|their|this|these|a)\s+decisions?\b", re.I)
# "The Clerk explained that ...", "Members of the public reported that ...": reported speech.
REPORTED_SPEECH_RE = re.compile(
    r"^\W*(?:[\w'’.-]+\s+){1,6}?(?:said|explained|reported|advised|commented|stated|informed|"
    r"mentioned|added|replied|responded|highlighted|indicated|suggested|felt)\s+"
    r"(?:(?:the\s+)?(?:members|governors|councillors|meeting|board|committee)\s+)?that\b", re.I)


# "It was noted that the second paragraph should read ...": a correction to the last minutes' wording.
CORRECTION_RE = re.compile(r"\bshould\s+(?:have\s+)?(?:read|refer\s+to|say|state)\b", re.I)
# "... was referred to us as it was felt that the hedge was too high": an opinion held, no
# item considered.
OPINION_RE = re.compile(r"\b(?:it\s+)?(?:was|were|is)\s+(?:considered|felt|thought)\s+that\b", re.I)
# "The Board asked whether a site visit could be arranged": the meeting asking for something to be
# done is its request, not a member's question.
MEETING_REQUEST_RE = re.compile(
    r"^\W*(?:the\s+)?(?:panel|committee|board|cabinet|council|forum|group|members|meeting|sub-committee)\s+"
    r"asked\s+(?:if|whether)\b[^?]*?\b(?:could|would|should|might)\s+be\s+[a-z]+(?:ed|en|ent)\b", re.I)


def is_aside(sentence: str) -> bool:
    """A sentence that records no decision whatever verb it holds."""
    if MEETING_REQUEST_RE.search(sentence):
        return False
    return any(rule.search(sentence) for rule in (QUESTION_RE, APOLOGIES_RE, DRAFT_FOOTER_RE,
                                                  AGENDA_PLANNING_RE, REASONING_RE, CORRECTION_RE, OPINION_RE))


def is_reported_speech(sentence: str) -> bool:
    """``The Treasurer explained that ...``: what someone said, not what was decided."""
    return bool(REPORTED_SPEECH_RE.search(sentence))
