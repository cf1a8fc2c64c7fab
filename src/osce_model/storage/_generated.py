"""The bundled data as Python: GENERATED from data/*.yaml.

Do not edit: edit data/, then run ``python -m osce_model.storage.generate``.
tests/test_bundled.py fails when this file is stale.
"""

# ruff: noqa: E501
from __future__ import annotations

from datetime import date as _d

from ..organization.organization import Organization
from ..schema.records import (
    Chairpersonship,
    DecisionMakingBody,
    FieldOfWork,
    FieldOperation,
    FormerName,
    FormerParticipatingState,
    Institution,
    MeetingType,
    Officeholder,
    ParticipatingState,
    Partner,
    PartnerGroup,
    PressRelease,
    SecretariatUnit,
    SecretaryGeneral,
    Summit,
    Territory,
)


def build() -> Organization:
    """Build the bundled Organization."""
    r0 = ParticipatingState(
        id="albania",
        name="Albania",
        iso2="AL",
        iso3="ALB",
        participating_since=_d(1991, 6, 19),
        aliases=("Republic of Albania",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://punetejashtme.gov.al/en/contacts/international-organizations/osce",
            "https://pace.coe.int/en/home/setlanguage?returnUrl=%2Ffr%2Ffiles%2F16381%2Fhtml",
            "https://www.nrc.nl/nieuws/1991/06/15/albanie-al-volgende-week-lid-van-cvse-6970633-a187180",
            "http://azkurs.org/title-the-organization-for-security-and-co-operation-in-europe.html",
        ),
    )
    r1 = ParticipatingState(
        id="andorra",
        name="Andorra",
        iso2="AD",
        iso3="AND",
        participating_since=_d(1996, 4, 25),
        aliases=("Principality of Andorra",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "http://azkurs.org/title-the-organization-for-security-and-co-operation-in-europe.html",
            "https://shhada.ir/cio/47461",
        ),
    )
    r2 = ParticipatingState(
        id="armenia",
        name="Armenia",
        iso2="AM",
        iso3="ARM",
        participating_since=_d(1992, 1, 30),
        aliases=("Republic of Armenia",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://www.osce.org/who/timeline/1990s/05",
            "https://universalis.fr/evenement/30-31-janvier-1992-entree-de-la-c-e-i-dans-le-concert-europeen",
        ),
    )
    r3 = ParticipatingState(
        id="austria",
        name="Austria",
        iso2="AT",
        iso3="AUT",
        participating_since=_d(1975, 8, 1),
        aliases=("Republic of Austria",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
        ),
    )
    r4 = ParticipatingState(
        id="azerbaijan",
        name="Azerbaijan",
        iso2="AZ",
        iso3="AZE",
        participating_since=_d(1992, 1, 30),
        aliases=("Republic of Azerbaijan",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://www.osce.org/who/timeline/1990s/05",
            "https://universalis.fr/evenement/30-31-janvier-1992-entree-de-la-c-e-i-dans-le-concert-europeen",
            "http://lib.aliyev-heritage.org/de/9556688.html",
        ),
    )
    r5 = ParticipatingState(
        id="belgium",
        name="Belgium",
        iso2="BE",
        iso3="BEL",
        participating_since=_d(1975, 8, 1),
        aliases=("Kingdom of Belgium",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
        ),
    )
    r6 = ParticipatingState(
        id="belarus",
        name="Belarus",
        iso2="BY",
        iso3="BLR",
        participating_since=_d(1992, 1, 30),
        aliases=("Republic of Belarus",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://www.osce.org/who/timeline/1990s/05",
            "https://universalis.fr/evenement/30-31-janvier-1992-entree-de-la-c-e-i-dans-le-concert-europeen",
        ),
    )
    r7 = ParticipatingState(
        id="bosnia-and-herzegovina",
        name="Bosnia and Herzegovina",
        iso2="BA",
        iso3="BIH",
        participating_since=_d(1992, 4, 30),
        aliases=("Bosnia-Herzegovina", "Bosnia", "BiH"),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "http://assembly.coe.int/nw/xml/XRef/Xref-XML2HTML-en.asp?fileid=16395&lang=en",
            "http://azkurs.org/title-the-organization-for-security-and-co-operation-in-europe.html",
        ),
    )
    r8 = ParticipatingState(
        id="bulgaria",
        name="Bulgaria",
        iso2="BG",
        iso3="BGR",
        participating_since=_d(1975, 8, 1),
        aliases=("Republic of Bulgaria",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
        ),
    )
    r9 = ParticipatingState(
        id="canada",
        name="Canada",
        iso2="CA",
        iso3="CAN",
        participating_since=_d(1975, 8, 1),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
        ),
    )
    r10 = ParticipatingState(
        id="croatia",
        name="Croatia",
        iso2="HR",
        iso3="HRV",
        participating_since=_d(1992, 3, 24),
        aliases=("Republic of Croatia",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://www.osce.org/who/timeline/1990s/05",
            "http://assembly.coe.int/nw/xml/XRef/Xref-XML2HTML-en.asp?fileid=16395&lang=en",
        ),
    )
    r11 = ParticipatingState(
        id="cyprus",
        name="Cyprus",
        iso2="CY",
        iso3="CYP",
        participating_since=_d(1975, 8, 1),
        aliases=("Republic of Cyprus",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
        ),
    )
    r12 = FormerParticipatingState(
        id="czechoslovakia",
        name="Czechoslovakia",
        iso2="CS",
        iso3="CSK",
        iso3166_3="CSHH",
        participating_since=_d(1975, 8, 1),
        participating_until=_d(1993, 1, 1),
        aliases=(
            "Czech and Slovak Federal Republic",
            "Czech and Slovak Federative Republic",
            "CSFR",
        ),
        former_names=(FormerName(name="Czechoslovak Socialist Republic"),),
        sources=(
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
            "https://cilevics.eu/minelres/osce/paris90e.htm",
            "http://www.iso.org/iso/country_codes/background_on_iso_3166/iso_3166-3.htm",
            "http://www.jgames.co.uk/title/ISO_3166-3",
            "https://www.signa-fahnen.de/fotw/flags/cou_hist.html",
            "http://timeline.web.cern.ch/events/the-czech-and-slovak-federal-republic-ceases-to-exist",
            "http://elaygc.com/en/about-us/member-states/czechoslovakia",
        ),
    )
    r13 = ParticipatingState(
        id="czechia",
        name="Czechia",
        iso2="CZ",
        iso3="CZE",
        participating_since=_d(1993, 1, 1),
        former_names=(FormerName(name="Czech Republic"),),
        predecessors=(r12,),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "http://azkurs.org/title-the-organization-for-security-and-co-operation-in-europe.html",
            "http://timeline.web.cern.ch/events/the-czech-and-slovak-federal-republic-ceases-to-exist",
            "http://elaygc.com/en/about-us/member-states/czechoslovakia",
        ),
    )
    r14 = ParticipatingState(
        id="denmark",
        name="Denmark",
        iso2="DK",
        iso3="DNK",
        participating_since=_d(1975, 8, 1),
        aliases=("Kingdom of Denmark",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
        ),
    )
    r15 = ParticipatingState(
        id="estonia",
        name="Estonia",
        iso2="EE",
        iso3="EST",
        participating_since=_d(1991, 9, 10),
        aliases=("Republic of Estonia",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://www.osce.org/who/timeline/1990s/05",
            "https://universalis.fr/evenement/30-31-janvier-1992-entree-de-la-c-e-i-dans-le-concert-europeen",
        ),
    )
    r16 = ParticipatingState(
        id="finland",
        name="Finland",
        iso2="FI",
        iso3="FIN",
        participating_since=_d(1975, 8, 1),
        aliases=("Republic of Finland",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
        ),
    )
    r17 = ParticipatingState(
        id="france",
        name="France",
        iso2="FR",
        iso3="FRA",
        participating_since=_d(1975, 8, 1),
        aliases=("French Republic",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
        ),
    )
    r18 = ParticipatingState(
        id="georgia",
        name="Georgia",
        iso2="GE",
        iso3="GEO",
        participating_since=_d(1992, 3, 24),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://www.osce.org/who/timeline/1990s/05",
        ),
    )
    r19 = FormerParticipatingState(
        id="german-democratic-republic",
        name="German Democratic Republic",
        iso2="DD",
        iso3="DDR",
        iso3166_3="DDDE",
        participating_since=_d(1975, 8, 1),
        participating_until=_d(1990, 10, 3),
        aliases=("GDR", "East Germany", "DDR"),
        sources=(
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
            "https://cilevics.eu/minelres/osce/paris90e.htm",
            "http://www.iso.org/iso/country_codes/background_on_iso_3166/iso_3166-3.htm",
            "http://www.jgames.co.uk/title/ISO_3166-3",
            "https://www.signa-fahnen.de/fotw/flags/cou_hist.html",
            "https://archive.cyprus-mail.com/2009/10/04/germany-s-reunification-20-years-on",
            "https://uem.kh.ua/category/%D0%B1%D0%B5%D0%B7-%D1%80%D1%83%D0%B1%D1%80%D0%B8%D0%BA%D0%B8/page/10/",
        ),
    )
    r20 = ParticipatingState(
        id="germany",
        name="Germany",
        iso2="DE",
        iso3="DEU",
        participating_since=_d(1975, 8, 1),
        aliases=("Federal Republic of Germany",),
        predecessors=(r19,),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
            "https://cilevics.eu/minelres/osce/paris90e.htm",
            "https://archive.cyprus-mail.com/2009/10/04/germany-s-reunification-20-years-on",
        ),
    )
    r21 = ParticipatingState(
        id="greece",
        name="Greece",
        iso2="GR",
        iso3="GRC",
        participating_since=_d(1975, 8, 1),
        aliases=("Hellenic Republic",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
        ),
    )
    r22 = ParticipatingState(
        id="holy-see",
        name="Holy See",
        iso2="VA",
        iso3="VAT",
        participating_since=_d(1975, 8, 1),
        aliases=("Vatican", "Vatican City"),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
        ),
    )
    r23 = ParticipatingState(
        id="hungary",
        name="Hungary",
        iso2="HU",
        iso3="HUN",
        participating_since=_d(1975, 8, 1),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
        ),
    )
    r24 = ParticipatingState(
        id="iceland",
        name="Iceland",
        iso2="IS",
        iso3="ISL",
        participating_since=_d(1975, 8, 1),
        aliases=("Republic of Iceland",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
        ),
    )
    r25 = ParticipatingState(
        id="ireland",
        name="Ireland",
        iso2="IE",
        iso3="IRL",
        participating_since=_d(1975, 8, 1),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
        ),
    )
    r26 = ParticipatingState(
        id="italy",
        name="Italy",
        iso2="IT",
        iso3="ITA",
        participating_since=_d(1975, 8, 1),
        aliases=("Italian Republic",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
        ),
    )
    r27 = ParticipatingState(
        id="kazakhstan",
        name="Kazakhstan",
        iso2="KZ",
        iso3="KAZ",
        participating_since=_d(1992, 1, 30),
        aliases=("Republic of Kazakhstan",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://www.osce.org/who/timeline/1990s/05",
            "https://universalis.fr/evenement/30-31-janvier-1992-entree-de-la-c-e-i-dans-le-concert-europeen",
        ),
    )
    r28 = ParticipatingState(
        id="kyrgyzstan",
        name="Kyrgyzstan",
        iso2="KG",
        iso3="KGZ",
        participating_since=_d(1992, 1, 30),
        aliases=("Kyrgyz Republic",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://www.osce.org/who/timeline/1990s/05",
            "https://universalis.fr/evenement/30-31-janvier-1992-entree-de-la-c-e-i-dans-le-concert-europeen",
        ),
    )
    r29 = ParticipatingState(
        id="latvia",
        name="Latvia",
        iso2="LV",
        iso3="LVA",
        participating_since=_d(1991, 9, 10),
        aliases=("Republic of Latvia",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://www.osce.org/who/timeline/1990s/05",
            "https://universalis.fr/evenement/30-31-janvier-1992-entree-de-la-c-e-i-dans-le-concert-europeen",
        ),
    )
    r30 = ParticipatingState(
        id="liechtenstein",
        name="Liechtenstein",
        iso2="LI",
        iso3="LIE",
        participating_since=_d(1975, 8, 1),
        aliases=("Principality of Liechtenstein",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
        ),
    )
    r31 = ParticipatingState(
        id="lithuania",
        name="Lithuania",
        iso2="LT",
        iso3="LTU",
        participating_since=_d(1991, 9, 10),
        aliases=("Republic of Lithuania",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://www.osce.org/who/timeline/1990s/05",
            "https://universalis.fr/evenement/30-31-janvier-1992-entree-de-la-c-e-i-dans-le-concert-europeen",
        ),
    )
    r32 = ParticipatingState(
        id="luxembourg",
        name="Luxembourg",
        iso2="LU",
        iso3="LUX",
        participating_since=_d(1975, 8, 1),
        aliases=("Grand Duchy of Luxembourg",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
        ),
    )
    r33 = ParticipatingState(
        id="malta",
        name="Malta",
        iso2="MT",
        iso3="MLT",
        participating_since=_d(1975, 8, 1),
        aliases=("Republic of Malta",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
        ),
    )
    r34 = ParticipatingState(
        id="moldova",
        name="Moldova",
        iso2="MD",
        iso3="MDA",
        participating_since=_d(1992, 1, 30),
        aliases=("Republic of Moldova",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://www.osce.org/who/timeline/1990s/05",
            "https://universalis.fr/evenement/30-31-janvier-1992-entree-de-la-c-e-i-dans-le-concert-europeen",
        ),
    )
    r35 = ParticipatingState(
        id="monaco",
        name="Monaco",
        iso2="MC",
        iso3="MCO",
        participating_since=_d(1975, 8, 1),
        aliases=("Principality of Monaco",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
        ),
    )
    r36 = ParticipatingState(
        id="mongolia",
        name="Mongolia",
        iso2="MN",
        iso3="MNG",
        participating_since=_d(2012, 11, 21),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://www.bmeia.gv.at/en/the-ministry/press/announcements/2012/mongolei-wird-57-mitglied-der-osze/",
            "https://osce.usmission.gov/nov_22_12_mongolia/",
            "http://osce.org/cio/84562",
        ),
    )
    r37 = FormerParticipatingState(
        id="yugoslavia",
        name="Socialist Federal Republic of Yugoslavia",
        iso2="YU",
        iso3="YUG",
        iso3166_3="YUCS",
        participating_since=_d(1975, 8, 1),
        participating_until=_d(2000, 11, 10),
        suspended_since=_d(1992, 7, 8),
        aliases=("SFRY", "SFR Yugoslavia"),
        sources=(
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
            "https://cilevics.eu/minelres/osce/paris90e.htm",
            "http://www.iso.org/iso/country_codes/background_on_iso_3166/iso_3166-3.htm",
            "http://www.jgames.co.uk/title/ISO_3166-3",
            "https://www.signa-fahnen.de/fotw/flags/cou_hist.html",
            "http://www.spoljnatrgovina.com/english/NOVOSTI/newcode.htm",
            "https://www.nrc.nl/nieuws/1992/07/08/servie-tijdelijk-uitgesloten-van-alle-cvse-activiteiten-7149041-a463634",
            "https://docslib.org/doc/13183093/the-stockholm-meeting-of-the-csce-council1-claude-altermatt",
            "https://docslib.org/doc/12537765/the-osce-and-the-federal-republic-of-yugoslavia-predrag-simic",
            "https://www.osce.org/cio/53076",
            "https://shhada.ir/mc/53154",
        ),
    )
    r38 = FormerParticipatingState(
        id="serbia-and-montenegro",
        name="Serbia and Montenegro",
        iso2="CS",
        iso3="SCG",
        iso3166_3="CSXX",
        participating_since=_d(2000, 11, 10),
        participating_until=_d(2006, 6, 3),
        aliases=("State Union of Serbia and Montenegro", "Serbia-Montenegro", "FRY"),
        former_names=(FormerName(name="Federal Republic of Yugoslavia", until=_d(2003, 2, 4)),),
        predecessors=(r37,),
        sources=(
            "http://www.iso.org/iso/country_codes/background_on_iso_3166/iso_3166-3.htm",
            "http://www.jgames.co.uk/title/ISO_3166-3",
            "https://www.signa-fahnen.de/fotw/flags/cou_hist.html",
            "http://www.spoljnatrgovina.com/english/NOVOSTI/newcode.htm",
            "https://www.osce.org/cio/53076",
            "https://shhada.ir/mc/53154",
            "https://shhada.ir/pc/53239",
            "https://www.globalsecurity.org/military/library/news/2000/10/war-001019-euyug.htm",
            "https://de.zxc.wiki/wiki/Geschichte_des_Staatenbundes_Serbien_und_Montenegro",
            "https://shhada.ir/cio/47461",
            "https://www.osce.org/cio/47461",
            "https://wcd.coe.int/ViewDoc.jsp?Ref=CM/Del/Dec(2006)967/2.3a&Language=lanEnglish&Ver=original&Site=COE&BackColorInternet=DBDCF2&BackColorIntranet=FDC864&BackColorLogged=FDC864",
            "http://www.parlament.gov.rs/Chairman_Markovic_writes_to_Council_of_Europe_and_OSCE_Parliamentary_Assemblies.11849.537.html",
            "https://www.esiweb.org/index.php?lang=en&id=281&story_ID=10&slide_ID=9",
        ),
    )
    r39 = ParticipatingState(
        id="montenegro",
        name="Montenegro",
        iso2="ME",
        iso3="MNE",
        participating_since=_d(2006, 6, 21),
        predecessors=(r38,),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://shhada.ir/cio/47461",
            "https://www.jpost.com/international/newly-independent-montenegro-joins-osce",
            "http://derstandard.at/2481390/Neues-OSZE-Mitglied-Montenegro",
            "https://mvp.gov.me/en/sections/Multilateral-relations/OSCE/Relations-of-Montenegro-and-OSCE/",
            "https://vlex.co.uk/vid/iii-osce-875448697",
        ),
    )
    r40 = ParticipatingState(
        id="netherlands",
        name="The Netherlands",
        iso2="NL",
        iso3="NLD",
        participating_since=_d(1975, 8, 1),
        aliases=("Netherlands", "Kingdom of the Netherlands", "Holland"),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
        ),
    )
    r41 = ParticipatingState(
        id="north-macedonia",
        name="North Macedonia",
        iso2="MK",
        iso3="MKD",
        participating_since=_d(1995, 10, 12),
        aliases=("Republic of North Macedonia",),
        former_names=(
            FormerName(name="the former Yugoslav Republic of Macedonia", until=_d(2019, 2, 12)),
        ),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://mfa.gov.mk/en/page/430/osce",
            "http://www.mfa.gov.mk/index.php?option=com_content&view=article&id=123&Itemid=455&lang=en",
            "http://skopjediem.com/newsinenglish/greek-note-received-by-government-decision-published-in-official-gazette/",
            "https://sofiaglobe.com/2019/02/15/un-welcomes-official-notice-of-republic-of-north-macedonia-name/",
            "https://www.economywatch.gr/north-macedonia-prespes-agreement-comes-into-effect/",
        ),
    )
    r42 = ParticipatingState(
        id="norway",
        name="Norway",
        iso2="NO",
        iso3="NOR",
        participating_since=_d(1975, 8, 1),
        aliases=("Kingdom of Norway",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
        ),
    )
    r43 = ParticipatingState(
        id="poland",
        name="Poland",
        iso2="PL",
        iso3="POL",
        participating_since=_d(1975, 8, 1),
        aliases=("Republic of Poland",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
        ),
    )
    r44 = ParticipatingState(
        id="portugal",
        name="Portugal",
        iso2="PT",
        iso3="PRT",
        participating_since=_d(1975, 8, 1),
        aliases=("Portuguese Republic",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
        ),
    )
    r45 = ParticipatingState(
        id="romania",
        name="Romania",
        iso2="RO",
        iso3="ROU",
        participating_since=_d(1975, 8, 1),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
        ),
    )
    r46 = FormerParticipatingState(
        id="ussr",
        name="Union of Soviet Socialist Republics",
        iso2="SU",
        iso3="SUN",
        iso3166_3="SUHH",
        participating_since=_d(1975, 8, 1),
        participating_until=_d(1991, 12, 26),
        aliases=("USSR", "Soviet Union"),
        sources=(
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
            "https://cilevics.eu/minelres/osce/paris90e.htm",
            "http://www.iso.org/iso/country_codes/background_on_iso_3166/iso_3166-3.htm",
            "http://www.jgames.co.uk/title/ISO_3166-3",
            "https://www.signa-fahnen.de/fotw/flags/cou_hist.html",
            "https://archontology.org/nations/ussr/01_polity.php",
            "https://wikivisually.com/wiki/Dissolution_of_the_Soviet_Union",
            "https://ask.un.org/faq/378083",
            "https://universalis.fr/evenement/30-31-janvier-1992-entree-de-la-c-e-i-dans-le-concert-europeen",
        ),
    )
    r47 = ParticipatingState(
        id="russian-federation",
        name="Russian Federation",
        iso2="RU",
        iso3="RUS",
        participating_since=_d(1975, 8, 1),
        aliases=("Russia",),
        predecessors=(r46,),
        continues=r46,
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
            "https://ask.un.org/faq/378083",
            "https://universalis.fr/evenement/30-31-janvier-1992-entree-de-la-c-e-i-dans-le-concert-europeen",
            "https://archontology.org/nations/ussr/01_polity.php",
        ),
    )
    r48 = ParticipatingState(
        id="san-marino",
        name="San Marino",
        iso2="SM",
        iso3="SMR",
        participating_since=_d(1975, 8, 1),
        aliases=("Republic of San Marino",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
        ),
    )
    r49 = ParticipatingState(
        id="serbia",
        name="Serbia",
        iso2="RS",
        iso3="SRB",
        participating_since=_d(2000, 11, 10),
        aliases=("Republic of Serbia",),
        predecessors=(r38,),
        continues=r38,
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://www.osce.org/cio/53076",
            "https://shhada.ir/mc/53154",
            "https://shhada.ir/pc/53239",
            "https://shhada.ir/cio/47461",
            "http://www.parlament.gov.rs/Chairman_Markovic_writes_to_Council_of_Europe_and_OSCE_Parliamentary_Assemblies.11849.537.html",
            "https://wcd.coe.int/ViewDoc.jsp?Ref=CM/Del/Dec(2006)967/2.3a&Language=lanEnglish&Ver=original&Site=COE&BackColorInternet=DBDCF2&BackColorIntranet=FDC864&BackColorLogged=FDC864",
        ),
    )
    r50 = ParticipatingState(
        id="slovakia",
        name="Slovakia",
        iso2="SK",
        iso3="SVK",
        participating_since=_d(1993, 1, 1),
        aliases=("Slovak Republic",),
        predecessors=(r12,),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "http://azkurs.org/title-the-organization-for-security-and-co-operation-in-europe.html",
            "http://timeline.web.cern.ch/events/the-czech-and-slovak-federal-republic-ceases-to-exist",
            "http://elaygc.com/en/about-us/member-states/czechoslovakia",
        ),
    )
    r51 = ParticipatingState(
        id="slovenia",
        name="Slovenia",
        iso2="SI",
        iso3="SVN",
        participating_since=_d(1992, 3, 24),
        aliases=("Republic of Slovenia",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://www.osce.org/who/timeline/1990s/05",
            "http://assembly.coe.int/nw/xml/XRef/Xref-XML2HTML-en.asp?fileid=16395&lang=en",
        ),
    )
    r52 = ParticipatingState(
        id="spain",
        name="Spain",
        iso2="ES",
        iso3="ESP",
        participating_since=_d(1975, 8, 1),
        aliases=("Kingdom of Spain",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
        ),
    )
    r53 = ParticipatingState(
        id="sweden",
        name="Sweden",
        iso2="SE",
        iso3="SWE",
        participating_since=_d(1975, 8, 1),
        aliases=("Kingdom of Sweden",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
        ),
    )
    r54 = ParticipatingState(
        id="switzerland",
        name="Switzerland",
        iso2="CH",
        iso3="CHE",
        participating_since=_d(1975, 8, 1),
        aliases=("Swiss Confederation",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
        ),
    )
    r55 = ParticipatingState(
        id="tajikistan",
        name="Tajikistan",
        iso2="TJ",
        iso3="TJK",
        participating_since=_d(1992, 1, 30),
        aliases=("Republic of Tajikistan",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://www.osce.org/who/timeline/1990s/05",
            "https://universalis.fr/evenement/30-31-janvier-1992-entree-de-la-c-e-i-dans-le-concert-europeen",
        ),
    )
    r56 = ParticipatingState(
        id="turkiye",
        name="Türkiye",
        iso2="TR",
        iso3="TUR",
        participating_since=_d(1975, 8, 1),
        aliases=("Turkiye", "Republic of Türkiye"),
        former_names=(FormerName(name="Turkey", until=_d(2022, 6, 1)),),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
            "https://thelevantnews.com/en/article/un-approves-turkey's-request-to-change-name-to-türkiyejune-2,-2022,-8:05-am",
            "https://zeenews.india.com/world/un-approves-turkeys-request-to-change-its-official-name-to-turkiye-2469870.html",
            "https://allnews.ng/news/un-changes-turkeys-name-to-trkiye",
        ),
    )
    r57 = ParticipatingState(
        id="turkmenistan",
        name="Turkmenistan",
        iso2="TM",
        iso3="TKM",
        participating_since=_d(1992, 1, 30),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://www.osce.org/who/timeline/1990s/05",
            "https://universalis.fr/evenement/30-31-janvier-1992-entree-de-la-c-e-i-dans-le-concert-europeen",
        ),
    )
    r58 = ParticipatingState(
        id="ukraine",
        name="Ukraine",
        iso2="UA",
        iso3="UKR",
        participating_since=_d(1992, 1, 30),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://www.osce.org/who/timeline/1990s/05",
            "https://universalis.fr/evenement/30-31-janvier-1992-entree-de-la-c-e-i-dans-le-concert-europeen",
        ),
    )
    r59 = ParticipatingState(
        id="united-kingdom",
        name="United Kingdom",
        iso2="GB",
        iso3="GBR",
        participating_since=_d(1975, 8, 1),
        aliases=(
            "United Kingdom of Great Britain and Northern Ireland",
            "UK",
            "U.K.",
            "Great Britain",
            "Britain",
        ),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
        ),
    )
    r60 = ParticipatingState(
        id="united-states-of-america",
        name="United States of America",
        iso2="US",
        iso3="USA",
        participating_since=_d(1975, 8, 1),
        aliases=("United States", "USA", "US", "U.S.", "U.S.A."),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://docslib.org/doc/2042418/the-helsinki-final-act",
            "https://dipublico.org/716/concluding-document-of-the-vienna-follow-up-to-the-helsinki/amp",
            "https://webintra.cvce.eu/en/collections/unit-content/-/unit/d5906df5-4f83-4603-85f7-0cabc24b9fe1/b00527aa-78f5-47cf-9ab5-2440fc59ae92",
        ),
    )
    r61 = ParticipatingState(
        id="uzbekistan",
        name="Uzbekistan",
        iso2="UZ",
        iso3="UZB",
        participating_since=_d(1992, 1, 30),
        aliases=("Republic of Uzbekistan",),
        sources=(
            "https://www.osce.org/cio/47461",
            "https://www.riddle.ru/mirrors/factbook2007/appendix/appendix-d.html",
            "https://www.autora.sk/zz/2012/112/",
            "https://www.osce.org/who/timeline/1990s/05",
            "https://universalis.fr/evenement/30-31-janvier-1992-entree-de-la-c-e-i-dans-le-concert-europeen",
        ),
    )
    r62 = Partner(
        id="afghanistan",
        name="Afghanistan",
        iso2="AF",
        iso3="AFG",
        group=PartnerGroup.ASIAN,
        sources=(
            "http://www.osce.org/who/84",
            "https://paperzz.com/doc/7660730/english",
            "https://docslib.org/doc/1097850/afghanistan-community-engagement-on-civilian-protection-recognize",
            "https://123dok.org/document/zkw66rr8-the-osce-asian-partnership-developments-and-thematic-priorities.html",
            "https://mdsite.deno.dev/http://www.statoids.com/wab.html",
        ),
    )
    r63 = Partner(
        id="australia",
        name="Australia",
        iso2="AU",
        iso3="AUS",
        group=PartnerGroup.ASIAN,
        sources=(
            "http://www.osce.org/who/84",
            "https://paperzz.com/doc/7660730/english",
            "http://www.foreignminister.gov.au/speeches/Pages/2010/kr_sp_101201.aspx?ministerid=2",
            "https://austria.embassy.gov.au/vien/OSCEPCMeeting310817.html",
            "https://mdsite.deno.dev/http://www.statoids.com/wab.html",
        ),
    )
    r64 = Partner(
        id="japan",
        name="Japan",
        iso2="JP",
        iso3="JPN",
        group=PartnerGroup.ASIAN,
        sources=(
            "http://www.osce.org/who/84",
            "https://paperzz.com/doc/7660730/english",
            "https://shhada.ir/partners-for-cooperation/asian/578500",
            "https://reftables.net/iso-country-codes.html",
        ),
    )
    r65 = Partner(
        id="republic-of-korea",
        name="Republic of Korea",
        iso2="KR",
        iso3="KOR",
        group=PartnerGroup.ASIAN,
        aliases=("South Korea", "Korea"),
        sources=(
            "http://www.osce.org/who/84",
            "https://paperzz.com/doc/7660730/english",
            "http://www.wien-osze.diplo.de/Vertretung/wienosce/en/03/170227_20Asienpartner_20ENG.html",
            "https://shhada.ir/cio/52575",
            "https://reftables.net/iso-country-codes.html",
        ),
    )
    r66 = Partner(
        id="thailand",
        name="Thailand",
        iso2="TH",
        iso3="THA",
        group=PartnerGroup.ASIAN,
        sources=(
            "http://www.osce.org/who/84",
            "https://paperzz.com/doc/7660730/english",
            "https://www.osce.org/partners-for-cooperation/88092",
            "http://www.statoids.com/wab.html",
            "https://mdsite.deno.dev/http://www.statoids.com/wab.html",
        ),
    )
    r67 = Partner(
        id="algeria",
        name="Algeria",
        iso2="DZ",
        iso3="DZA",
        group=PartnerGroup.MEDITERRANEAN,
        sources=(
            "http://www.osce.org/who/84",
            "https://paperzz.com/doc/7660730/english",
            "https://mdsite.deno.dev/http://www.statoids.com/wab.html",
        ),
    )
    r68 = Partner(
        id="egypt",
        name="Egypt",
        iso2="EG",
        iso3="EGY",
        group=PartnerGroup.MEDITERRANEAN,
        sources=(
            "http://www.osce.org/who/84",
            "https://paperzz.com/doc/7660730/english",
            "https://reftables.net/iso-country-codes.html",
        ),
    )
    r69 = Partner(
        id="israel",
        name="Israel",
        iso2="IL",
        iso3="ISR",
        group=PartnerGroup.MEDITERRANEAN,
        sources=(
            "http://www.osce.org/who/84",
            "https://paperzz.com/doc/7660730/english",
            "https://reftables.net/iso-country-codes.html",
        ),
    )
    r70 = Partner(
        id="jordan",
        name="Jordan",
        iso2="JO",
        iso3="JOR",
        group=PartnerGroup.MEDITERRANEAN,
        sources=(
            "http://www.osce.org/who/84",
            "https://paperzz.com/doc/7660730/english",
            "http://texashelp.tamu.edu/tracker/cabb.php",
            "https://mdsite.deno.dev/http://www.statoids.com/wab.html",
        ),
    )
    r71 = Partner(
        id="morocco",
        name="Morocco",
        iso2="MA",
        iso3="MAR",
        group=PartnerGroup.MEDITERRANEAN,
        sources=(
            "http://www.osce.org/who/84",
            "https://paperzz.com/doc/7660730/english",
            "http://www.statoids.com/wab.html",
            "https://mdsite.deno.dev/http://www.statoids.com/wab.html",
        ),
    )
    r72 = Partner(
        id="tunisia",
        name="Tunisia",
        iso2="TN",
        iso3="TUN",
        group=PartnerGroup.MEDITERRANEAN,
        sources=(
            "http://www.osce.org/who/84",
            "https://paperzz.com/doc/7660730/english",
            "http://www.statoids.com/wab.html",
            "https://mdsite.deno.dev/http://www.statoids.com/wab.html",
        ),
    )
    r73 = Partner(
        id="mongolia",
        name="Mongolia",
        iso2="MN",
        iso3="MNG",
        group=PartnerGroup.ASIAN,
        partner_until=_d(2012, 11, 21),
        became_participating_state=r36,
        sources=(
            "http://osce.org/cio/84562",
            "https://paperzz.com/doc/7660730/english",
            "https://www.bmeia.gv.at/en/the-ministry/press/announcements/2012/mongolei-wird-57-mitglied-der-osze/",
            "https://osce.usmission.gov/nov_22_12_mongolia/",
            "http://www.statoids.com/wab.html",
        ),
    )
    r74 = Chairpersonship(
        year=1991,
        state=r20,
        chairpersons=(Officeholder(name="Hans-Dietrich Genscher"),),
        sources=(
            "https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Hans_Dietrich_Genscher",
            "http://www.auswaertiges-amt.de/sid_7F4BB765DCC06C8E673CE7D1176D8575/EN/Aussenpolitik/Friedenspolitik/OSZE/DEU-OSZE-Vorsitz_node.html",
        ),
    )
    r75 = Chairpersonship(
        year=1992,
        state=r12,
        chairpersons=(Officeholder(name="Jiří Dienstbier"), Officeholder(name="Jozef Moravčík")),
        sources=(
            "https://www.cvce.eu/de/collections/unit-content/-/unit/en/d5906df5-4f83-4603-85f7-0cabc24b9fe1/d4390551-4e6e-43ba-bce0-4abcc2c41e33/Resources",
            "https://ct24.ceskatelevize.cz/tema/kbse-33283",
            "http://www.mzv.cz/jnp/en/about_the_ministry/organization_of_the_ministry/minister/former_ministers/jiri_dienstbier.html",
            "https://it.wiki7.org/wiki/%D0%99%D0%BE%D0%B7%D0%B5%D1%84_%D0%9C%D0%BE%D1%80%D0%B0%D0%B2%D1%87%D0%B8%D0%BA",
            "https://docslib.org/doc/13183093/the-stockholm-meeting-of-the-csce-council1-claude-altermatt",
        ),
    )
    r76 = Chairpersonship(
        year=1993,
        state=r53,
        chairpersons=(Officeholder(name="Margaretha af Ugglas", since=_d(1992, 12, 14)),),
        sources=(
            "https://docslib.org/doc/13183093/the-stockholm-meeting-of-the-csce-council1-claude-altermatt",
            "https://www.shonky.systems/Decnotes/showtopic.php?conf=1502&topic=1073745597",
            "https://vlex.co.uk/vid/iv-csce-875463617",
        ),
    )
    r77 = Chairpersonship(
        year=1994,
        state=r26,
        chairpersons=(
            Officeholder(name="Beniamino Andreatta"),
            Officeholder(name="Antonio Martino"),
        ),
        sources=(
            "https://vlex.co.uk/vid/iv-csce-875463617",
            "http://www.archiviolastampa.it/component/option,com_lastampa/task,search/Itemid,3/action,detail/id,0765_01_1994_0331_0009_10846058/",
            "https://www.cinquantamila.it/storyTellerArticolo.php?storyId=58268d752fd39",
            "http://www.welfareitalia.it/contents.php?cid=3677",
            "https://osce.org/node/52543",
        ),
    )
    r78 = Chairpersonship(
        year=1995,
        state=r23,
        chairpersons=(Officeholder(name="László Kovács"),),
        sources=(
            "https://osce.org/node/52543",
            "https://shhada.ir/cio/52575",
            "http://vienna.io.gov.hu/organisation-for-security-and-co-operation-in-europe",
        ),
    )
    r79 = Chairpersonship(
        year=1996,
        state=r54,
        chairpersons=(Officeholder(name="Flavio Cotti"),),
        sources=(
            "https://www.admin.ch/cp/i/1996Jan8.183421.5123@idz.bfi.admin.ch.html",
            "https://www.admin.ch/cp/i/1996Jun18.163730.6169@idz.bfi.admin.ch.html",
            "https://osce.org/node/52543",
        ),
    )
    r80 = Chairpersonship(
        year=1997,
        state=r14,
        chairpersons=(Officeholder(name="Niels Helveg Petersen"),),
        sources=(
            "https://www.admin.ch/cp/i/1995Dec18.174301.5061@idz.bfi.admin.ch.html",
            "https://www.admin.ch/cp/i/1996Jun18.163730.6169@idz.bfi.admin.ch.html",
            "https://www.admin.ch/cp/i/1997Dec15.152611.8721@idz.bfi.admin.ch.html",
        ),
    )
    r81 = Chairpersonship(
        year=1998,
        state=r43,
        chairpersons=(Officeholder(name="Bronisław Geremek"),),
        sources=(
            "https://www.admin.ch/cp/i/1998Nov27.154400.12547@idz.bfi.admin.ch.html",
            "https://regjeringen.no/no/dokumentarkiv/Regjeringen-Bondevik-I/ud/Taler-og-artikler-arkivert-individuelt/1998/osce_ministerial_council_meeting/id262802",
        ),
    )
    r82 = Chairpersonship(
        year=1999,
        state=r42,
        chairpersons=(Officeholder(name="Knut Vollebæk"),),
        sources=(
            "https://www.admin.ch/cp/i/1998Nov27.154400.12547@idz.bfi.admin.ch.html",
            "https://regjeringen.no/no/dokumentarkiv/Regjeringen-Bondevik-I/ud/Taler-og-artikler-arkivert-individuelt/1998/osce_ministerial_council_meeting/id262802",
            "https://shhada.ir/ukraine/52337",
            "http://react.usip.org/pub/m1/p11.html",
        ),
    )
    r83 = Chairpersonship(
        year=2000,
        state=r3,
        chairpersons=(
            Officeholder(name="Wolfgang Schüssel", since=_d(2000, 1, 1)),
            Officeholder(
                name="Benita Ferrero-Waldner", since=_d(2000, 2, 4), until=_d(2000, 12, 31)
            ),
        ),
        sources=(
            "https://rp-online.de/politik/kosovo-und-tschetschenien-im-mittelpunkt-der-arbeit_aid-7844087",
            "https://www.ots.at/presseaussendung/OTS_20000204_OTS0327/uneingeschraenktes-bekenntnis-oesterreichs-zu-den-werten-der-osze",
            "https://www.ots.at/presseaussendung/OTS_20001229_OTS0131/ferrero-waldner-osze-vorsitz-war-in-diesem-jahr-ein-schwerpunkt-der-oesterreichischen-aussenpolitik",
            "https://shhada.ir/mc/53165",
        ),
    )
    r84 = Chairpersonship(
        year=2001,
        state=r45,
        chairpersons=(Officeholder(name="Mircea Geoană", since=_d(2001, 1, 1)),),
        sources=(
            "https://osce.org/cio/53231",
            "https://www.ots.at/presseaussendung/OTS_20001229_OTS0131/ferrero-waldner-osze-vorsitz-war-in-diesem-jahr-ein-schwerpunkt-der-oesterreichischen-aussenpolitik",
            "https://shhada.ir/cio/57812",
        ),
    )
    r85 = Chairpersonship(
        year=2002,
        state=r44,
        chairpersons=(
            Officeholder(name="Jaime Gama"),
            Officeholder(name="António Martins da Cruz"),
        ),
        sources=(
            "https://osce.org/cio/54102",
            "http://www.csce.gov/index.cfm?FuseAction=ContentRecords.ViewWitness&ContentRecord_id=268&ContentType=D&ContentRecordType=D&ParentType=H&CFID=9258089&CFTOKEN=69792577",
            "https://shhada.ir/mc/57366",
        ),
    )
    r86 = Chairpersonship(
        year=2003,
        state=r40,
        chairpersons=(
            Officeholder(name="Jaap de Hoop Scheffer", since=_d(2003, 1, 1)),
            Officeholder(name="Bernard Bot", since=_d(2003, 12, 3)),
        ),
        sources=(
            "https://docslib.org/doc/2928260/challenges-for-the-osce-a-dutch-perspective1",
            "http://www.expatica.com/nl/news/Ben-replaces-Jaap-at-Foreign-Ministry_114447.html",
            "https://opennieuwsbank.nl/bericht/2004/03/17/M047-ministerie-van-buitenlandse-zaken.html",
        ),
    )
    r87 = Chairpersonship(
        year=2004,
        state=r8,
        chairpersons=(Officeholder(name="Solomon Passy"),),
        sources=("https://shhada.ir/ec/55713",),
    )
    r88 = Chairpersonship(
        year=2005,
        state=r51,
        chairpersons=(Officeholder(name="Dimitrij Rupel", until=_d(2005, 12, 31)),),
        sources=(
            "https://www.derstandard.at/story/2066052/de-brichambaut-neuer-osze-generalsekretaer",
            "http://www.expatica.com/fr/news/OSCE-appoints-French-secretary-general_129868.html",
            "https://issuu.com./osce/docs/osce-magazine-october-2005",
            "https://swp-berlin.org/publikation/belgium-assumes-osce-chair",
        ),
    )
    r89 = Chairpersonship(
        year=2006,
        state=r5,
        chairpersons=(Officeholder(name="Karel De Gucht", since=_d(2006, 1, 1)),),
        sources=(
            "https://www.cvce.eu/de/collections/unit-content/-/unit/en/d5906df5-4f83-4603-85f7-0cabc24b9fe1/d4390551-4e6e-43ba-bce0-4abcc2c41e33/Resources",
            "https://swp-berlin.org/publikation/belgium-assumes-osce-chair",
            "https://brf.be/national/34/",
        ),
    )
    r90 = Chairpersonship(
        year=2007,
        state=r52,
        chairpersons=(Officeholder(name="Miguel Ángel Moratinos", until=_d(2007, 12, 31)),),
        sources=(
            "https://osce.org/cio/49229",
            "http://osce.org/node/49246",
            "https://www.rferl.org/a/1073917.html",
            "https://osce.org/cio/49360",
        ),
    )
    r91 = Chairpersonship(
        year=2008,
        state=r16,
        chairpersons=(
            Officeholder(name="Ilkka Kanerva", since=_d(2008, 1, 1)),
            Officeholder(name="Alexander Stubb", since=_d(2008, 4, 4), until=_d(2008, 12, 31)),
        ),
        sources=(
            "https://osce.org/cio/49360",
            "https://www.armenianclub.com/2008/04/11/osce-presidency-to-continue-on-track-finnish-foreign-minister-says/",
            "https://osce.org/cio/50537",
            "http://www.oscepa.org/parliamentary-diplomacy/helsinki40/project-leaders/ilkka-kanerva",
        ),
    )
    r92 = Chairpersonship(
        year=2009,
        state=r21,
        chairpersons=(
            Officeholder(name="Dora Bakoyannis", since=_d(2009, 1, 1)),
            Officeholder(name="George Papandreou", until=_d(2009, 12, 31)),
        ),
        sources=(
            "https://osce.org/cio/50537",
            "https://griechenland.net/nachrichten/politik/3273-griechenland-%c3%bcbernimmt-pr%c3%a4sidentschaft-der-osze",
            "http://www.docstoc.com/docs/110184913/OSCE-Magazine-December-2009",
            "http://image.absoluteastronomy.com/topics/Organization_for_Security_and_Co-operation_in_Europe",
            "https://embkazjp.org/additionalpages/news05012010.htm",
            "http://kazworld.info/?p=5345",
        ),
    )
    r93 = Chairpersonship(
        year=2010,
        state=r27,
        chairpersons=(
            Officeholder(name="Kanat Saudabayev", since=_d(2010, 1, 1), until=_d(2010, 12, 31)),
        ),
        sources=(
            "http://osce.org/node/49246",
            "http://react.usip.org/pub/m1/p11.html",
            "https://pr.gaeatimes.com/ukraine-is-granted-osce-chairmanship-in-2013-38419/",
            "https://embkazjp.org/additionalpages/news05012010.htm",
            "http://kazworld.info/?p=5345",
            "http://csis.org/publication/policy-brief-number-6-kazakhstan-holds-the-osce-chair",
            "https://aze.az/news_stala_izvestna_data_50531.html",
        ),
    )
    r94 = Chairpersonship(
        year=2011,
        state=r31,
        chairpersons=(
            Officeholder(name="Audronius Ažubalis", since=_d(2011, 1, 1), until=_d(2011, 12, 31)),
        ),
        sources=(
            "http://osce.org/node/49246",
            "http://osce.org/cio/84562",
            "https://gazeta.ru/news/lenta/2011/06/30/n_1905165.shtml",
            "https://aze.az/news_stala_izvestna_data_50531.html",
            "https://tv3.lt/naujiena/lietuva/aptarti-lietuvos-pirmininkavimo-esbo-prioritetai-n506966",
            "https://www.kildarestreet.com/debate/?id=2012-02-21.65.8",
        ),
    )
    r95 = Chairpersonship(
        year=2012,
        state=r25,
        chairpersons=(
            Officeholder(name="Eamon Gilmore", since=_d(2012, 1, 1), until=_d(2012, 12, 31)),
        ),
        sources=(
            "http://osce.org/cio/87973",
            "http://rbc.ua/rus/newsline/show/ukraina-s-segodnyashnego-dnya-vozglavila-obse-01012013103300",
            "https://www.kildarestreet.com/debate/?id=2012-02-21.65.8",
        ),
    )
    r96 = Chairpersonship(
        year=2013,
        state=r58,
        chairpersons=(
            Officeholder(name="Leonid Kozhara", since=_d(2013, 1, 1), until=_d(2013, 12, 31)),
        ),
        sources=(
            "http://www.kyivpost.com/article/content/ukraine/ukraine-starts-its-osce-chairmanship-318345.html",
            "http://rbc.ua/rus/newsline/show/ukraina-s-segodnyashnego-dnya-vozglavila-obse-01012013103300",
            "https://un.mfa.gov.ua/en/news/9439-ukrajina-rozpochala-golovuvannya-u-organizaciji-z-bezpeki-i-spivrobitnictva-v-jevropi-obse",
            "http://www.kyivpost.com/content/ukraine/ukraine-ends-its-osce-chairmanship-334585.html",
            "https://for-ua.com/article/1034748",
        ),
    )
    r97 = Chairpersonship(
        year=2014,
        state=r54,
        chairpersons=(
            Officeholder(name="Didier Burkhalter", since=_d(2014, 1, 1), until=_d(2014, 12, 31)),
        ),
        sources=(
            "http://osce.org/cio/87973",
            "https://www.commonspace.eu/index.php/kazprzyk-re-appointed-personal-representative",
            "http://react.usip.org/pub/m1/p11.html",
            "http://mfa.rs/en/component/content/article/12789-2015-osce-serbian-chairmanship",
            "http://www.kyivpost.com/content/ukraine/ukraine-ends-its-osce-chairmanship-334585.html",
            "https://for-ua.com/article/1034748",
            "http://www.embassymon.at/en/news-media/news/new-osce-chairperson-switzerlands-foreign-minister-presented-its-priorities-2014",
        ),
    )
    r98 = Chairpersonship(
        year=2015,
        state=r49,
        chairpersons=(
            Officeholder(name="Ivica Dačić", since=_d(2015, 1, 1), until=_d(2015, 12, 31)),
        ),
        sources=(
            "http://mfa.rs/en/component/content/article/12789-2015-osce-serbian-chairmanship",
            "https://www.zeit.de/news/2014-12/31/serbien-serbien-uebernimmt-praesidentschaft-der-osze-31190805",
            "http://osce.org/cio/87973",
            "https://report.az/en/foreign-politics/osce-chairmanship-passed-to-germany",
            "http://www.auswaertiges-amt.de/sid_7F4BB765DCC06C8E673CE7D1176D8575/EN/Aussenpolitik/Friedenspolitik/OSZE/DEU-OSZE-Vorsitz_node.html",
        ),
    )
    r99 = Chairpersonship(
        year=2016,
        state=r20,
        chairpersons=(
            Officeholder(
                name="Frank-Walter Steinmeier", since=_d(2016, 1, 1), until=_d(2016, 12, 31)
            ),
        ),
        sources=(
            "http://www.auswaertiges-amt.de/sid_7F4BB765DCC06C8E673CE7D1176D8575/EN/Aussenpolitik/Friedenspolitik/OSZE/DEU-OSZE-Vorsitz_node.html",
            "https://osce.org/cio/291546",
            "https://mzv.gov.cz/mission.vienna/en/latest/article_archive/osce_chairperson_in_office_presented_the.html",
            "https://report.az/en/foreign-politics/osce-chairmanship-passed-to-germany",
            "https://www.bmeia.gv.at/europa-aussenpolitik/sicherheitspolitik/osze-vorsitz-2017/chairperson-in-office/",
            "https://vestnikkavkaza.net/news/Austria-assumes-OSCE-Chairmanship.html",
        ),
    )
    r100 = Chairpersonship(
        year=2017,
        state=r3,
        chairpersons=(
            Officeholder(name="Sebastian Kurz", since=_d(2017, 1, 1), until=_d(2017, 12, 18)),
            Officeholder(name="Karin Kneissl", since=_d(2017, 12, 18), until=_d(2017, 12, 31)),
        ),
        sources=(
            "http://www.nachrichten.at/nachrichten/politik/innenpolitik/OSZE-Vorsitz-Wien-uebergibt-an-Rom;art385,2771805",
            "https://ansa.it/english/news/2016/07/28/italy-elected-osce-president-in-2018_1ee84e9e-9b7f-440a-ba32-67ca9b5131d6.html",
        ),
    )
    r101 = Chairpersonship(
        year=2018,
        state=r26,
        chairpersons=(
            Officeholder(name="Angelino Alfano", since=_d(2018, 1, 1)),
            Officeholder(
                name="Enzo Moavero Milanesi", since=_d(2018, 6, 1), until=_d(2018, 12, 31)
            ),
        ),
        sources=(
            "https://www.esteri.it/en/sala_stampa/archivionotizie/tag/cooperazione-sviluppo/page/51",
            "http://www.nachrichten.at/nachrichten/politik/innenpolitik/OSZE-Vorsitz-Wien-uebergibt-an-Rom;art385,2771805",
            "https://delegazioneosce.esteri.it/en/news/dalla_rappresentanza/2018/08/l-osce-rimane-un-forum-essenziale-2/",
            "https://www.esteri.it/en/sala_stampa/archivionotizie/comunicati/2018/06/statement-of-the-minister-of-the-foreign-affairs-and-international-cooperation-of-italy-enzo-moavero-milanesi-in-his-capacity-as-chairperson-in-office-of-the-osce/",
            "https://ambdaressalaam.esteri.it/it/news/dall_ambasciata/2018/06/il-nuovo-ministro-degli-affari/",
            "https://newsnow.tasr.sk/page/563",
        ),
    )
    r102 = Chairpersonship(
        year=2019,
        state=r50,
        chairpersons=(
            Officeholder(name="Miroslav Lajčák", since=_d(2019, 1, 1), until=_d(2019, 12, 31)),
        ),
        sources=(
            "https://newsnow.tasr.sk/page/563",
            "https://www.government.is/diplomatic-missions/embassy-article/2019/01/10/Slovakia-new-OSCE-Chair-2019/",
            "https://www.commonspace.eu/news/slovakia-takes-over-chairmanship-osce-2019",
            "https://newsnow.tasr.sk/foreign/slovakia-to-preside-over-osce-in-2019/",
            "https://ambasadat.gov.al/republic-of-north-macedonia/en/albanian-2020-osce-chairmanship",
        ),
    )
    r103 = Chairpersonship(
        year=2020,
        state=r0,
        chairpersons=(Officeholder(name="Edi Rama", since=_d(2020, 1, 1), until=_d(2020, 12, 31)),),
        sources=(
            "https://www.urdupoint.com/en/world/german-diplomat-helga-schmid-appointed-as-osc-1103627.html",
            "https://www.eurasiareview.com/05122020-germanys-helga-schmid-picked-as-new-osce-chief/",
            "https://ambasadat.gov.al/republic-of-north-macedonia/en/albanian-2020-osce-chairmanship",
            "https://exit.al/en/?p=140525",
        ),
    )
    r104 = Chairpersonship(
        year=2021,
        state=r53,
        chairpersons=(
            Officeholder(name="Ann Linde", since=_d(2021, 1, 1), until=_d(2021, 12, 31)),
        ),
        sources=(
            "https://www.osce.org/de/chairmanship",
            "http://react.usip.org/pub/m1/p23.html",
            "http://warsawpoint.com/news/26244-poland-leads-osce-from-jan-1.html",
            "https://exit.al/en/?p=140525",
        ),
    )
    r105 = Chairpersonship(
        year=2022,
        state=r43,
        chairpersons=(
            Officeholder(name="Zbigniew Rau", since=_d(2022, 1, 1), until=_d(2022, 12, 31)),
        ),
        sources=(
            "http://warsawpoint.com/news/26244-poland-leads-osce-from-jan-1.html",
            "https://polanddaily24.com/3673-poland-takes-over-osce-chair/politics/7472",
            "https://www.vindobona.org/article/what-is-the-osce-agenda-for-2022",
            "https://www.novinite.com/view_news.php?id=218231",
        ),
    )
    r106 = Chairpersonship(
        year=2023,
        state=r41,
        chairpersons=(
            Officeholder(name="Bujar Osmani", since=_d(2023, 1, 1), until=_d(2023, 12, 31)),
        ),
        sources=(
            "https://news.err.ee/1609183132/malta-confirmed-as-osce-chair-nation-for-2024",
            "https://www.shrmonitor.org/exclusive-osce-permanent-council-paves-the-way-for-malta-to-assume-the-osce-chair-in-2024/",
            "https://newsukraine.rbc.ua/news/osce-announces-compromise-in-selection-of-1701465816.html",
            "https://www.vindobona.org/article/north-macedonia-takes-over-osce-chair-for-2023",
            "https://www.novinite.com/view_news.php?id=218231",
            "https://english.republika.mk/news/macedonia/macedonia-assumes-chairpersonship-of-osce/",
        ),
    )
    r107 = Chairpersonship(
        year=2024,
        state=r33,
        chairpersons=(Officeholder(name="Ian Borg", since=_d(2024, 1, 1), until=_d(2024, 12, 31)),),
        sources=(
            "https://newsukraine.rbc.ua/news/osce-announces-compromise-in-selection-of-1701465816.html",
            "https://news.err.ee/1609183132/malta-confirmed-as-osce-chair-nation-for-2024",
            "https://bignewsnetwork.com/news/274828402/osce-appoints-former-turkish-fm-as-new-secretary-general",
            "https://news.az/news/ex-turkish-fm-named-osce-secretary-general",
        ),
    )
    r108 = Chairpersonship(
        year=2025,
        state=r16,
        chairpersons=(
            Officeholder(name="Elina Valtonen", since=_d(2025, 1, 1), until=_d(2025, 12, 31)),
        ),
        sources=(
            "https://osce.org/chairpersonship/who-we-are",
            "https://bignewsnetwork.com/news/274828402/osce-appoints-former-turkish-fm-as-new-secretary-general",
            "https://www.einpresswire.com/article/850083284/swiss-foreign-minister-federal-councillor-cassis-to-outline-switzerland-s-priorities-as-incoming-osce-chairpersonship",
        ),
    )
    r109 = Chairpersonship(
        year=2026,
        state=r54,
        chairpersons=(Officeholder(name="Ignazio Cassis", since=_d(2026, 1, 1)),),
        sources=(
            "https://osce.org/chairpersonship/who-we-are",
            "https://www.einpresswire.com/article/850083284/swiss-foreign-minister-federal-councillor-cassis-to-outline-switzerland-s-priorities-as-incoming-osce-chairpersonship",
            "https://www.eda.admin.ch/en/swiss-chairpersonship-osce-2026",
            "https://www.vindobona.org/article/diplomacy-in-times-of-conflict-switzerland-takes-the-helm-of-the-osce",
        ),
    )
    r110 = SecretaryGeneral(
        id="wilhelm-hoynck",
        name="Wilhelm Höynck",
        nationality=r20,
        since=_d(1993, 6, 15),
        until=_d(1996, 6, 14),
        sources=(
            "https://osce.org/who/timeline/1990s/09",
            "http://www.archiviolastampa.it/component/option,com_lastampa/task,search/Itemid,3/action,detail/id,0647_01_1996_0157_0009_8810432/",
            "https://osce.org/it/secretariat",
        ),
    )
    r111 = SecretaryGeneral(
        id="giancarlo-aragona",
        name="Giancarlo Aragona",
        nationality=r26,
        since=_d(1996, 6, 15),
        until=_d(1999, 6, 14),
        sources=(
            "http://www.archiviolastampa.it/component/option,com_lastampa/task,search/Itemid,3/action,detail/id,0647_01_1996_0157_0009_8810432/",
            "https://osce.org/it/secretariat",
            "https://docslib.org/doc/6485940/osce-handbook",
        ),
    )
    r112 = SecretaryGeneral(
        id="jan-kubis",
        name="Ján Kubiš",
        nationality=r50,
        since=_d(1999, 6, 15),
        until=_d(2005, 6, 14),
        sources=(
            "https://docslib.org/doc/6485940/osce-handbook",
            "https://ru.m.wikinews.org/wiki/%D0%93%D0%B5%D0%BD%D1%81%D0%B5%D0%BA%D0%BE%D0%BC_%D0%9E%D0%91%D0%A1%D0%95_%D0%BD%D0%B0%D0%B7%D0%BD%D0%B0%D1%87%D0%B5%D0%BD_%D1%84%D1%80%D0%B0%D0%BD%D1%86%D1%83%D0%B7_%D0%9C%D0%B0%D1%80%D0%BA_%D0%9F%D0%B5%D1%80%D1%80%D1%8D%D0%BD_%D0%B4%D0%B5_%D0%91%D1%80%D0%B8%D1%88%D0%B0%D0%BC%D0%B1%D0%BE",
            "https://shhada.ir/ukraine/52337",
            "https://osce.org/it/secretariat",
        ),
    )
    r113 = SecretaryGeneral(
        id="marc-perrin-de-brichambaut",
        name="Marc Perrin de Brichambaut",
        nationality=r17,
        since=_d(2005, 6, 21),
        until=_d(2011, 6, 30),
        sources=(
            "https://www.derstandard.at/story/2066052/de-brichambaut-neuer-osze-generalsekretaer",
            "http://www.expatica.com/fr/news/OSCE-appoints-French-secretary-general_129868.html",
            "https://armeniandiaspora.com/forum/2011/june-2011/236428-italy-s-lamberto-zannier-may-become-osce-new-secretary-general?p=236428",
            "https://osce.org/it/secretariat",
        ),
    )
    r114 = SecretaryGeneral(
        id="lamberto-zannier",
        name="Lamberto Zannier",
        nationality=r26,
        since=_d(2011, 7, 1),
        until=_d(2017, 6, 30),
        sources=(
            "http://www.osce.org/sg/78779",
            "http://tass.com/world/953524",
            "https://osce.org/it/secretariat",
        ),
    )
    r115 = SecretaryGeneral(
        id="thomas-greminger",
        name="Thomas Greminger",
        nationality=r54,
        since=_d(2017, 7, 18),
        until=_d(2020, 7, 18),
        sources=(
            "https://osce.org/de/node/457774",
            "https://en.inform.kz/news/swiss-diplomat-appointed-osce-chief_a3046618/",
            "https://www.swissinfo.ch/eng/business/swiss-envoy-thomas-greminger-loses-post-as-europe-s-peace-manager/45897866?utm_campaign=swi-rss&utm_source=multiple&utm_medium=rss&utm_content=o",
        ),
    )
    r116 = SecretaryGeneral(
        id="helga-maria-schmid",
        name="Helga Maria Schmid",
        nationality=r20,
        since=_d(2020, 12, 4),
        until=_d(2024, 9, 3),
        sources=(
            "https://www.artsakhpress.am/eng/news/135777/",
            "https://www.eurasiareview.com/05122020-germanys-helga-schmid-picked-as-new-osce-chief/",
            "https://newsukraine.rbc.ua/news/osce-announces-compromise-in-selection-of-1701465816.html",
            "https://mia.mk/en/story/former-turkish-foreign-minister-to-become-osce-secretary-general",
        ),
    )
    r117 = SecretaryGeneral(
        id="feridun-sinirlioglu",
        name="Feridun H. Sinirlioğlu",
        nationality=r56,
        since=_d(2024, 12, 6),
        sources=(
            "https://mia.mk/en/story/former-turkish-foreign-minister-to-become-osce-secretary-general",
            "https://bignewsnetwork.com/news/274828402/osce-appoints-former-turkish-fm-as-new-secretary-general",
            "https://www.brusselstimes.com/1343978/turkish-diplomat-becomes-head-of-osce-after-tense-meeting-in-malta",
            "https://en.trend.az/world/3979386.html",
        ),
    )
    r118 = SecretariatUnit(
        id="secretariat",
        name="Secretariat",
        aliases=("OSCE Secretariat",),
        sources=(
            "https://osce.org/secretariat/110768",
            "http://www.osce.org/secretariat/43252",
            "https://www.osce.org/",
        ),
    )
    r119 = SecretariatUnit(
        id="secretary-general",
        name="Secretary General",
        acronym="SG",
        parent=r118,
        aliases=("OSCE Secretary General", "SG"),
        sources=(
            "http://www.osce.org/sg/78779",
            "http://react.usip.org/pub/m1/p24.html",
            "https://www.osce.org/",
        ),
    )
    r120 = SecretariatUnit(
        id="office-of-the-secretary-general",
        name="Office of the Secretary General",
        parent=r118,
        sources=(
            "http://www.osce.org/secretariat/43514",
            "http://www.osce.org/secretariat/43252",
            "https://www.osce.org/",
        ),
    )
    r121 = SecretariatUnit(
        id="conflict-prevention-centre",
        name="Conflict Prevention Centre",
        acronym="CPC",
        parent=r118,
        aliases=("CPC", "OSCE Conflict Prevention Centre"),
        sources=(
            "https://www.osce.org/cpc",
            "http://www.osce.org/cpc/43256",
            "https://www.osce.org/",
        ),
    )
    r122 = SecretariatUnit(
        id="transnational-threats-department",
        name="Transnational Threats Department",
        acronym="TNTD",
        parent=r118,
        aliases=("TNTD", "OSCE Transnational Threats Department"),
        sources=(
            "https://www.osce.org/secretariat/borders",
            "https://tntd.osce.org/me/node/660414",
            "http://react.usip.org/pub/m2/p23.html",
            "https://www.osce.org/",
        ),
    )
    r123 = SecretariatUnit(
        id="action-against-terrorism-unit",
        name="Action against Terrorism Unit",
        acronym="ATU",
        parent=r122,
        aliases=("ATU", "TNTD/ATU"),
        sources=(
            "https://www.osce.org/secretariat/borders",
            "https://pdfslide.us/documents/consolidated-reference-for-osce-anti-terrorism-efforts-2016-10-11-3-introduction.html",
            "https://paperzz.com/doc/8430513/fact-sheet-on-tntd-activities-to-counter-the-phenomenon",
        ),
    )
    r124 = SecretariatUnit(
        id="border-security-and-management-unit",
        name="Border Security and Management Unit",
        parent=r122,
        sources=("https://www.osce.org/secretariat/borders",),
    )
    r125 = SecretariatUnit(
        id="strategic-police-matters-unit",
        name="Strategic Police Matters Unit",
        acronym="SPMU",
        parent=r122,
        aliases=("SPMU", "TNTD/SPMU"),
        sources=(
            "https://www.osce.org/secretariat/borders",
            "http://react.usip.org/pub/m2/p23.html",
        ),
    )
    r126 = SecretariatUnit(
        id="co-ordination-cell",
        name="Co-ordination Cell",
        parent=r122,
        aliases=("Coordination Cell",),
        sources=("https://www.osce.org/secretariat/borders",),
    )
    r127 = SecretariatUnit(
        id="office-of-the-special-representative-and-co-ordinator-for-combating-trafficking-in-human-beings",
        name="Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings",
        parent=r118,
        aliases=(
            "Office of the Special Representative",
            "OSR",
            "CTHB",
            "Office of the Co-ordinator for Combating Trafficking in Human Beings",
        ),
        sources=(
            "https://cthb.osce.org",
            "http://osce.org/what/trafficking",
            "http://osce.org/cthb/36159",
            "https://jobs.osce.org/vacancies/special-representative-and-co-ordinator-combating-trafficking-human-beings-vnsecs00854",
            "https://www.osce.org/",
        ),
    )
    r128 = SecretariatUnit(
        id="office-of-the-co-ordinator-of-osce-economic-and-environmental-activities",
        name="Office of the Co-ordinator of OSCE Economic and Environmental Activities",
        acronym="OCEEA",
        parent=r118,
        aliases=("OCEEA",),
        sources=(
            "http://www.osce.org/eea/45903",
            "https://osce.usmission.gov/response-to-the-report-by-coordinator-of-osce-economic-and-environmental-activities/",
            "https://www.osce.org/",
        ),
    )
    r129 = SecretariatUnit(
        id="gender-issues-programme",
        name="Gender Issues Programme",
        parent=r118,
        aliases=("Programme for Gender Issues", "Gender Section"),
        sources=(
            "https://osce.org/secretariat/107455",
            "http://www.osce.org/gender/44841",
            "https://www.osce.org/",
        ),
    )
    r130 = SecretariatUnit(
        id="opportunities-for-youth",
        name="Opportunities for Youth",
        parent=r118,
        sources=("https://www.osce.org/", "https://www.osce.org/me/node/660102"),
    )
    r131 = SecretariatUnit(
        id="department-of-human-resources",
        name="Department of Human Resources",
        acronym="DHR",
        parent=r118,
        aliases=("DHR",),
        sources=(
            "http://www.osce.org/secretariat/43252",
            "https://osce.usmission.gov/on-the-implementation-of-osce-recruitment-policies/",
            "https://www.osce.org/",
        ),
    )
    r132 = SecretariatUnit(
        id="department-of-management-and-finance",
        name="Department of Management and Finance",
        acronym="DMF",
        parent=r118,
        aliases=("DMF",),
        sources=(
            "http://www.osce.org/secretariat/43252",
            "https://www.womentech.net/community/organization-security-and-co-operation-in-europe",
            "https://www.osce.org/",
        ),
    )
    r133 = SecretariatUnit(
        id="office-of-internal-oversight",
        name="Office of Internal Oversight",
        acronym="OIO",
        parent=r118,
        aliases=("OIO",),
        sources=(
            "http://www.osce.org/secretariat/74650",
            "https://www.osce.org/oio/evaluation",
            "https://www.osce.org/",
        ),
    )
    r134 = SecretariatUnit(
        id="documentation-centre-in-prague",
        name="Documentation Centre in Prague",
        acronym="DCiP",
        parent=r118,
        seat="Prague",
        aliases=(
            "OSCE Documentation Centre in Prague",
            "DCiP",
            "Prague Office",
            "Prague Office of the Secretariat",
        ),
        sources=(
            "https://www.osce.org/ka/node/363666",
            "https://osce.org/documentation-centre-in-prague/records-held",
            "https://osce.org/secretariat/110768",
            "http://www.osce.org/secretariat/43252",
            "http://osce.org/who/timeline/1990s/10",
            "https://slideplayer.com./slide/12937489",
        ),
    )
    r135 = Institution(
        id="odihr",
        name="Office for Democratic Institutions and Human Rights",
        acronym="ODIHR",
        seat="Warsaw",
        established=_d(1990, 11, 21),
        heads=(
            Officeholder(name="Luchino Cortese", title="Director"),
            Officeholder(name="Audrey Glover", title="Director"),
            Officeholder(name="Gérard Stoudmann", title="Director"),
            Officeholder(
                name="Christian Strohal",
                title="Director",
                since=_d(2003, 3, 1),
                until=_d(2008, 6, 30),
            ),
            Officeholder(
                name="Janez Lenarčič", title="Director", since=_d(2008, 7, 1), until=_d(2014, 6, 30)
            ),
            Officeholder(name="Michael Georg Link", title="Director", since=_d(2014, 7, 1)),
            Officeholder(
                name="Ingibjörg Sólrún Gísladóttir",
                title="Director",
                since=_d(2017, 7, 21),
                until=_d(2020, 7, 18),
            ),
            Officeholder(
                name="Matteo Mecacci", title="Director", since=_d(2020, 12, 4), until=_d(2024, 9, 3)
            ),
            Officeholder(
                name="Maria Telalian", title="Director", since=_d(2024, 12, 6), current=True
            ),
        ),
        aliases=(
            "ODIHR",
            "OSCE Office for Democratic Institutions and Human Rights",
            "Office for Free Elections",
        ),
        sources=(
            "https://osce.org/odihr/77549",
            "https://odihr.osce.org/odihr/229731",
            "http://www.osce.org/cpc/43256",
            "https://en.wikipedia.org/wiki/ODIHR",
            "https://everything.explained.today/Office_for_Democratic_Institutions_and_Human_Rights/",
            "https://enwiki.academic.ru/dic.nsf/enwiki/11840801",
            "https://shhada.ir/odihr/57384",
            "https://gazeta.ru/news/lenta/2008/05/15/n_1219185.shtml",
            "http://www.osce.org/odihr/43580",
            "https://osce.org/odihr/elections/120671",
            "https://www.auswaertiges-amt.de/de/aussenpolitik/europa/aussenpolitik/140711-odihr-link/263672",
            "https://osce.org/odihr/331366",
            "https://www.diepresse.com/5839533/osze-ist-ab-19-juli-ohne-fuhrung",
            "https://onuitalia.com/2020/12/05/matteo-mecacci-nuovo-direttore-osce-per-diritti-umani",
            "https://www.einpresswire.com/article/740475333/chair-in-office-ian-borg-takes-measures-to-ensure-organizational-continuity-amidst-leadership-transition",
            "https://osce.org/chairpersonship/582298",
            "http://oe-journal.at/Aktuelles/0103/W3/32401bmaa.htm",
        ),
    )
    r136 = Institution(
        id="hcnm",
        name="High Commissioner on National Minorities",
        acronym="HCNM",
        seat="The Hague",
        heads=(
            Officeholder(
                name="Max van der Stoel",
                title="High Commissioner on National Minorities",
                since=_d(1993, 1, 1),
                until=_d(2001, 6, 30),
            ),
            Officeholder(
                name="Rolf Ekéus",
                title="High Commissioner on National Minorities",
                since=_d(2001, 7, 1),
            ),
            Officeholder(
                name="Knut Vollebaek",
                title="High Commissioner on National Minorities",
                until=_d(2013, 8, 19),
            ),
            Officeholder(
                name="Astrid Thors",
                title="High Commissioner on National Minorities",
                since=_d(2013, 8, 20),
            ),
            Officeholder(
                name="Lamberto Zannier",
                title="High Commissioner on National Minorities",
                since=_d(2017, 7, 18),
                until=_d(2020, 7, 18),
            ),
            Officeholder(
                name="Kairat Abdrakhmanov",
                title="High Commissioner on National Minorities",
                since=_d(2020, 12, 4),
                until=_d(2024, 9, 3),
            ),
            Officeholder(
                name="Christophe Kamp",
                title="High Commissioner on National Minorities",
                since=_d(2024, 12, 6),
                current=True,
            ),
        ),
        aliases=(
            "HCNM",
            "OSCE High Commissioner on National Minorities",
            "High Commissioner for National Minorities",
        ),
        sources=(
            "http://www.osce.org/hcnm/43199",
            "http://www.osce.org/hcnm/43201",
            "https://osce.org/hcnm/104260",
            "https://shhada.ir/cio/103654",
            "https://ksf.openukraine.org/en/ksf/2014/speakers/78-speaker",
            "https://old.fuen.org/dk/nyheder/single/article/fuen-welcomes-the-new-osce-high-commissioner-on-national-minorities-mr-lamberto-zannier",
            "https://www.diepresse.com/5839533/osze-ist-ab-19-juli-ohne-fuhrung",
            "https://www.autonomyexperience.org/en/high-commisioner-on-national-minorities-on-a-visit-to-south-tyrol/",
            "https://www.einpresswire.com/article/740475333/chair-in-office-ian-borg-takes-measures-to-ensure-organizational-continuity-amidst-leadership-transition",
            "https://osce.org/chairpersonship/582298",
            "https://www.mzv.cz/mission.vienna/en/organisations_covered_by_the_permanent/osce/decision_making_bodies/index.html",
            "http://piglix.com/piglix/High_Commissioner_on_National_Minorities",
            "http://osce.org/chairmanship/329966",
        ),
    )
    r137 = Institution(
        id="rfom",
        name="Representative on Freedom of the Media",
        acronym="RFoM",
        seat="Vienna",
        established=_d(1997, 11, 5),
        heads=(
            Officeholder(
                name="Freimut Duve",
                title="Representative on Freedom of the Media",
                until=_d(2003, 12, 31),
            ),
            Officeholder(
                name="Miklós Haraszti",
                title="Representative on Freedom of the Media",
                since=_d(2004, 3, 10),
                until=_d(2010, 3, 10),
            ),
            Officeholder(
                name="Dunja Mijatović",
                title="Representative on Freedom of the Media",
                since=_d(2010, 3, 11),
            ),
            Officeholder(
                name="Harlem Désir",
                title="Representative on Freedom of the Media",
                since=_d(2017, 7, 18),
                until=_d(2020, 7, 18),
            ),
            Officeholder(
                name="Teresa Ribeiro",
                title="Representative on Freedom of the Media",
                since=_d(2020, 12, 4),
                until=_d(2024, 9, 3),
            ),
            Officeholder(
                name="Jan Braathu",
                title="Representative on Freedom of the Media",
                since=_d(2024, 12, 6),
                current=True,
            ),
        ),
        aliases=(
            "RFoM",
            "OSCE Representative on Freedom of the Media",
            "Office of the Representative on Freedom of the Media",
            "Media Freedom Representative",
        ),
        sources=(
            "https://www.osce.org/who/timeline/1990s/14",
            "https://shhada.ir/fom/56079",
            "https://osce.org/fom/56092",
            "http://osce.org/fom/51933",
            "http://www.wien-osze.diplo.de/Vertretung/wienosce/de/04/Instrumente_20und_20Institutionen/Die_20Beauftragte_20f_C3_BCr_20Medienfreiheit.html",
            "http://osce.org/cio/229656",
            "https://mediapluralism.com/2017/09/11/interview-with-the-osce-representative-on-freedom-of-the-media-harlem-desir/",
            "https://derstandard.at/2000061527070/Neuer-OSZE-Beauftragter-fuer-Medienfreiheit-Reporter-ohne-Grenzen-fordert-rasches",
            "https://www.diepresse.com/5839533/osze-ist-ab-19-juli-ohne-fuhrung",
            "https://sapo.pt/noticias/atualidade/secretaria-de-estado-teresa-ribeiro-nomeada_5fca32f59c362e5ccbf546fa",
            "https://www.einpresswire.com/article/740475333/chair-in-office-ian-borg-takes-measures-to-ensure-organizational-continuity-amidst-leadership-transition",
            "https://osce.org/chairpersonship/582298",
            "https://docslib.org/doc/6485940/osce-handbook",
            "https://www.osce.org/fom/55888",
        ),
    )
    r138 = Institution(
        id="parliamentary-assembly",
        name="Parliamentary Assembly",
        acronym="PA",
        seat="Copenhagen",
        heads=(
            Officeholder(name="Alcee L. Hastings", title="President", until=_d(2006, 7, 7)),
            Officeholder(name="Göran Lennmarker", title="President", since=_d(2006, 7, 7)),
            Officeholder(name="João Soares", title="President", until=_d(2010, 7, 10)),
            Officeholder(
                name="Petros Efthymiou",
                title="President",
                since=_d(2010, 7, 10),
                until=_d(2012, 7, 9),
            ),
            Officeholder(name="Riccardo Migliori", title="President", since=_d(2012, 7, 9)),
            Officeholder(name="Wolfgang Grossruck", title="Acting President"),
            Officeholder(
                name="Ranko Krivokapić",
                title="President",
                since=_d(2013, 7, 3),
                until=_d(2014, 7, 2),
            ),
            Officeholder(
                name="Ilkka Kanerva", title="President", since=_d(2014, 7, 2), until=_d(2016, 7, 5)
            ),
            Officeholder(
                name="Christine Muttonen",
                title="President",
                since=_d(2016, 7, 5),
                until=_d(2017, 11, 9),
            ),
            Officeholder(
                name="George Tsereteli",
                title="President",
                since=_d(2017, 11, 9),
                until=_d(2020, 12, 14),
            ),
            Officeholder(
                name="Peter Lord Bowness",
                title="President",
                since=_d(2020, 12, 14),
                until=_d(2021, 7, 6),
            ),
            Officeholder(
                name="Margareta Cederfelt",
                title="President",
                since=_d(2021, 7, 6),
                until=_d(2023, 7, 4),
            ),
            Officeholder(
                name="Pia Kauma", title="President", since=_d(2023, 7, 4), until=_d(2025, 7, 3)
            ),
            Officeholder(
                name="Pere Joan Pons", title="President", since=_d(2025, 7, 3), current=True
            ),
        ),
        aliases=("OSCE Parliamentary Assembly", "OSCE PA", "CSCE Parliamentary Assembly"),
        sources=(
            "https://oestrig.um.dk/en/osce/structure",
            "https://www.osce.org/",
            "https://de.zxc.wiki/wiki/Parlamentarische_Versammlung_der_OSZE",
            "https://global-en2.nina.az/url-w?c=0&p=464",
            "https://ipn.md/index.php/en/print/new-osce-pa-president-elected--7965_960271.html",
            "https://www.panarmenian.net/m/rus/news/26407",
            "http://oscepa.org/en/news-a-media/press-releases/press-2010/osce-pa-annual-session-ends-with-adoption-of-oslo-declaration-and-election-of-new-president",
            "http://old.oscepa.org/about-osce-pa/former-presidents",
            "https://news.az/news/george-tsereteli-elected-osce-pa-president",
            "https://docslib.org/doc/1469910/comprehensive-report-on-the-activities-of-the-president-of-the-osce-parliamentary-assembly",
            "https://www.oscepa.org/en/news-a-media/press-releases/press-2020/osce-pa-president-george-tsereteli-steps-down-vice-president-bowness-to-serve-as-president",
            "https://oscepa.org/en/news-a-media/press-releases/press-2021/swedish-parliamentarian-margareta-cederfelt-elected-assembly-president-at-osce-pa-remote-session",
            "http://oscepa.org/en/members/president-and-bureau/president/current-president",
            "https://internazionale.camera.it/in-evidenza/32ma-sessione-annuale-dellassemblea-parlamentare-dellosce",
            "https://www.ultimahora.es/noticias/local/2025/07/03/2422111/mallorquin-pere-joan-pons-presidente-asamblea-osce.html",
            "http://osce.org/pa/47498",
            "http://old.oscepa.org/meetings/annual-sessions?start=5",
            "http://oscepa.org/ru/novosti-i-multimedia/press-relizy/press-2013/grossruck-assumes-presidency-of-osce-pa",
            "http://kaspiy.az/news.php?id=13515",
            "https://www.parl.ca/diplomacy/en/Publication?sbdid=0c3dcf3c-11fe-4855-8c72-861ee8cc0fde&sbpidx=1&Language=E&Mode=1&sbpid=572d639f-0736-48f4-bfa0-3ce93772c2f1",
            "https://docslib.org/doc/11666347/news-from-copenhagen",
            "https://en.aravot.am/2017/11/09/202862",
            "https://www.parl.ca/documentviewer/en/IIA/visit-report/12459381/page-9",
            "https://amp.ultimahora.es/noticias/local/2023/06/18/1959233/politica-baleares-pere-joan-pons-aspira-presidir-oscepa.html",
            "https://parlamericas.org/new/parlamericas-delegation-attended-the-30th-annual-session-of-the-organization-for-security-and-co-operation-in-europe-parliamentary-assembly",
            "https://www.oscepa.org/en/news-a-media/press-releases/press-2023/osce-pa-vancouver-declaration-adopted-with-strong-calls-for-ending-the-war-in-ukraine-in-full-compliance-with-international-law",
            "https://elperiodic.ad/politica/la-ciutat-portuguesa-de-porto-acull-fins-dijous-de-la-setmana-vinent-la-32a-sessio-anual-de-losce-pa/",
            "https://forum.ad/la-delegacio-del-consell-general-impulsa-una-resolucio-per-a-evitar-la-fuga-de-talent-en-la-32a-sessio-plenaria-de-losce-pa/",
        ),
    )
    r139 = Institution(
        id="court-of-conciliation-and-arbitration",
        name="Court of Conciliation and Arbitration",
        seat="Geneva",
        heads=(
            Officeholder(name="Robert Badinter", title="President", since=_d(1995, 5, 29)),
            Officeholder(name="Christian Tomuschat", title="President", until=_d(2019, 11, 6)),
            Officeholder(name="Emmanuel Decaux", title="President", since=_d(2019, 11, 6)),
        ),
        aliases=(
            "OSCE Court of Conciliation and Arbitration",
            "Court of Conciliation and Arbitration within the OSCE",
        ),
        sources=(
            "https://www.osce.org/node/43295",
            "https://www.osce.org/",
            "https://www.osce.org/me/node/660104",
            "http://www.osce.org/cca/44229",
            "https://osce.org/court-of-conciliation-and-arbitration/439229",
            "http://field-operations-staging.osce.org/court-of-conciliation-and-arbitration/440015",
            "https://www.osce.org/court-of-conciliation-and-arbitration/599844",
            "https://www.einpresswire.com/article/830804770/new-mandates-for-members-of-the-osce-court-of-conciliation-and-arbitration",
        ),
    )
    r140 = FieldOperation(
        id="presence-in-albania",
        name="Presence in Albania",
        host=r0,
        headquarters="Tirana",
        established=_d(1997, 3, 27),
        sources=("http://www.osce.org/albania/43312", "https://osce.org/albania/48346"),
    )
    r141 = FieldOperation(
        id="centre-in-ashgabat",
        name="Centre in Ashgabat",
        host=r57,
        headquarters="Ashgabat",
        established=_d(1998, 7, 23),
        sources=(
            "https://ashgabat.osce.org/tk/node/660449",
            "http://react.usip.org/pub/m2/p4.html",
        ),
    )
    r142 = FieldOperation(
        id="programme-office-in-astana",
        name="Programme Office in Astana",
        host=r27,
        headquarters="Astana",
        established=_d(1998, 7, 23),
        former_names=(
            FormerName(name="Centre in Almaty", until=_d(2007, 6, 21)),
            FormerName(name="Centre in Astana", until=_d(2015, 1, 1)),
            FormerName(name="Programme Office in Astana"),
            FormerName(name="Programme Office in Nur-Sultan", until=_d(2022, 9, 23)),
        ),
        sources=(
            "https://osce.org/programme-office-in-astana/106449",
            "https://astana.osce.org/kk/node/660452",
            "https://www.gov.kz/memleket/entities/mfa-vienna/activities/25122?lang=en&parentId=25121",
            "http://www.mfa.kz/en/content-view/obse",
            "http://www.osce.org/node/44553",
            "http://www.osce.org/uzbekistan/43303",
            "https://www.osce.org/programme-office-in-astana/400865",
        ),
    )
    r143 = FieldOperation(
        id="programme-office-in-bishkek",
        name="Programme Office in Bishkek",
        host=r28,
        headquarters="Bishkek",
        established=_d(1998, 7, 23),
        former_names=(FormerName(name="Centre in Bishkek", until=_d(2017, 5, 1)),),
        sources=("https://bishkek.osce.org/node/660455", "http://react.usip.org/pub/m2/p4.html"),
    )
    r144 = FieldOperation(
        id="mission-to-bosnia-and-herzegovina",
        name="Mission to Bosnia and Herzegovina",
        host=r7,
        headquarters="Sarajevo",
        established=_d(1995, 12, 8),
        sources=(
            "https://www.osce.org/bih/213746",
            "https://reliefweb.int/report/bosnia-and-herzegovina/osce-mission-bosnia-and-herzegovina",
            "https://english.defensie.nl/topics/historical-missions/mission-overview/1996/osce-in-bosnia-and-herzegovina",
            "https://shhada.ir/bih/53214",
        ),
    )
    r145 = FieldOperation(
        id="programme-office-in-dushanbe",
        name="Programme Office in Dushanbe",
        host=r55,
        headquarters="Dushanbe",
        established=_d(1993, 12, 1),
        former_names=(
            FormerName(name="Mission to Tajikistan", until=_d(2002, 10, 31)),
            FormerName(name="Centre in Dushanbe", until=_d(2008, 6, 19)),
            FormerName(name="Office in Tajikistan", until=_d(2017, 7, 1)),
        ),
        sources=(
            "http://www.osce.org/node/45538",
            "http://www.osce.org/tajikistan/43264",
            "https://www.mfa.tj/en/main/view/193/tajikistan-and-organization-for-security-and-co-operation-in-europe",
            "http://www.news.tj/tj/node/240645",
            "https://osce.org/programme-office-in-dushanbe/106421",
        ),
    )
    r146 = Territory(
        id="kosovo",
        name="Kosovo",
        sources=(
            "https://www.osce.org/mission-in-kosovo/mandate",
            "http://www.osce.org/kosovo/43378",
        ),
    )
    r147 = FieldOperation(
        id="kosovo-verification-mission",
        name="Kosovo Verification Mission",
        acronym="KVM",
        host=r38,
        headquarters="Pristina",
        established=_d(1998, 10, 25),
        closed=_d(1999, 6, 9),
        sources=(
            "http://www.osce.org/node/44552",
            "http://movatter.jp/mt/?dark=on&url=http%3A%2F%2Fwww.osce.org%2Fnode%2F44552",
            "http://www.osce.org/kosovo/43378",
            "https://en.wikipedia.org/wiki/Kosovo_Verification_Mission",
        ),
    )
    r148 = FieldOperation(
        id="task-force-for-kosovo",
        name="Task Force for Kosovo",
        host=r38,
        established=_d(1999, 6, 8),
        closed=_d(1999, 6, 30),
        predecessors=(r147,),
        sources=(
            "https://reliefweb.int/report/serbia/osce-mission-kosovo",
            "http://movatter.jp/mt/?dark=on&url=http%3A%2F%2Fwww.osce.org%2Fnode%2F44552",
            "http://www.osce.org/kosovo/43378",
        ),
    )
    r149 = FieldOperation(
        id="mission-in-kosovo",
        name="Mission in Kosovo",
        acronym="OMiK",
        host=r146,
        headquarters="Pristina",
        established=_d(1999, 7, 1),
        predecessors=(r148,),
        sources=(
            "http://www.osce.org/kosovo/43378",
            "https://reliefweb.int/report/serbia/osce-mission-kosovo",
            "https://wikimili.com/en/OSCE_Mission_in_Kosovo",
        ),
    )
    r150 = FieldOperation(
        id="mission-to-moldova",
        name="Mission to Moldova",
        host=r34,
        headquarters="Chisinau",
        established=_d(1993, 2, 4),
        sources=(
            "http://www.mfa.gov.md/osce-en/osce-mission/",
            "https://docslib.org/doc/1090854/the-missions-to-the-republic-of-moldova-and-the-ukraine-a-double-entry-balance-sheet",
            "https://moldova.osce.org/node/660418",
            "http://www.osce.org/moldova/43356",
        ),
    )
    r151 = FieldOperation(
        id="mission-to-montenegro",
        name="Mission to Montenegro",
        host=r39,
        headquarters="Podgorica",
        established=_d(2006, 6, 29),
        sources=(
            "http://www.osce.org/montenegro/44406",
            "https://docslib.org/doc/4761608/osce-mission-to-montenegro-was-established-montenegro-on-29-june-2006-by-the-osce-permanent-council-s-decision-no-732",
            "https://mvp.gov.me/en/sections/Multilateral-relations/OSCE/Relations-of-Montenegro-and-OSCE/",
        ),
    )
    r152 = FieldOperation(
        id="missions-of-long-duration-in-kosovo-sandjak-and-vojvodina",
        name="Missions of Long Duration in Kosovo, Sandjak and Vojvodina",
        host=r38,
        headquarters="Belgrade",
        established=_d(1992, 8, 14),
        closed=_d(2001, 1, 11),
        aliases=("Mission to Kosovo, Sandjak and Vojvodina",),
        sources=(
            "http://www.osce.org/node/43978",
            "https://shhada.ir/serbia/57818",
            "http://www.osce.org/kosovo/43378",
            "https://issuu.com./osce/docs/osce-annual-report-1995-en",
            "https://api.parliament.uk/historic-hansard/written_answers/1992/oct/27/overseas-missions",
        ),
    )
    r153 = FieldOperation(
        id="mission-to-serbia",
        name="Mission to Serbia",
        host=r49,
        headquarters="Belgrade",
        established=_d(2001, 1, 11),
        former_names=(
            FormerName(name="Mission to the Federal Republic of Yugoslavia"),
            FormerName(name="Mission to Serbia and Montenegro", until=_d(2006, 6, 29)),
        ),
        predecessors=(r152,),
        sources=(
            "http://www.osce.org/serbia/43337",
            "https://shhada.ir/pc/53239",
            "https://shhada.ir/serbia/57818",
            "http://lawsdocbox.com/Politics/120315496-The-osce-mission-to-serbia-and-montenegro.html",
            "http://react.usip.org/pub/m5/p37.html",
        ),
    )
    r154 = FieldOperation(
        id="mission-to-skopje",
        name="Mission to Skopje",
        host=r41,
        headquarters="Skopje",
        established=_d(1992, 9, 18),
        former_names=(FormerName(name="Spillover Monitor Mission to Skopje"),),
        sources=(
            "https://reliefweb.int/report/serbia/osce-spillover-monitor-mission-skopje",
            "https://shhada.ir/skopje/53350",
            "https://osce.org/cio/53794",
            "https://umdiaspora.org/?p=1750",
            "http://www.osce.org/skopje/43341",
        ),
    )
    r155 = FieldOperation(
        id="project-co-ordinator-in-uzbekistan",
        name="Project Co-ordinator in Uzbekistan",
        acronym="PCUz",
        host=r61,
        headquarters="Tashkent",
        established=_d(1995, 3, 16),
        former_names=(
            FormerName(name="Liaison Office in Central Asia", until=_d(2000, 12, 14)),
            FormerName(name="Centre in Tashkent", until=_d(2006, 7, 1)),
        ),
        sources=(
            "http://www.osce.org/uzbekistan/43303",
            "http://www.osce.org/node/44553",
            "https://www.osce.org/node/660500",
            "http://www.uzbekistan.org/press/archive/355/",
            "http://www.osce.org/uzbekistan/43506",
        ),
    )
    r156 = FieldOperation(
        id="special-monitoring-mission-to-ukraine",
        name="Special Monitoring Mission to Ukraine",
        acronym="SMM",
        host=r58,
        headquarters="Kyiv",
        established=_d(2014, 3, 21),
        closed=_d(2022, 3, 31),
        aliases=("Special Monitoring Mission in Ukraine",),
        sources=(
            "https://itta.info/?p=145959",
            "https://ukrinform.net/amp/rubric-polytics/3470403-osce-announces-closure-of-special-monitoring-mission-to-ukraine.html",
            "https://greece.mfa.gov.ua/en/news/20463-postijna-rada-obse-prijnyala-rishennya-pro-napravlennya-v-ukrajinu-specialynoji-monitoringovoji-misiji-obse",
            "https://www.globalsecurity.org/wmd/library/news/ukraine/2022/04/ukraine-220401-russia-mfa01.htm",
            "https://ukranews.com/en/news/846058-osce-smm-s-mandate-in-ukraine-expires",
            "http://nuuanu.net/info/en/?search=OSCE_Special_Monitoring_Mission_to_Ukraine",
            "https://turkeynewsgazette.com/osce-wraps-up-ukraine-field-operations-after-russia-opposes-extension",
        ),
    )
    r157 = FieldOperation(
        id="mission-to-ukraine",
        name="Mission to Ukraine",
        host=r58,
        headquarters="Kyiv",
        established=_d(1994, 6, 15),
        closed=_d(1999, 4, 30),
        sources=(
            "https://docslib.org/doc/1090854/the-missions-to-the-republic-of-moldova-and-the-ukraine-a-double-entry-balance-sheet",
            "https://shhada.ir/cio/57106",
            "https://docslib.org/doc/2879506/the-effectiveness-of-osce-missions-the-case-of-ukraine",
        ),
    )
    r158 = FieldOperation(
        id="project-co-ordinator-in-ukraine",
        name="Project Co-ordinator in Ukraine",
        host=r58,
        established=_d(1999, 6, 1),
        closed=_d(2022, 6, 30),
        predecessors=(r157,),
        sources=(
            "https://shhada.ir/cio/57106",
            "https://republicworld.com/world-news/russia/osce-initiates-process-to-shut-down-project-office-in-ukraine-after-russias-turndown-articleshow",
            "https://gov.pl/web/osce/osce-chairman-in-office-and-secretary-general-announce-upcoming-closure-of-project-co-ordinator-in-ukraine",
            "https://babel.ua/en/news/80833-the-osce-is-closing-the-office-of-the-project-coordinator-in-ukraine-through-russia",
            "https://turkeynewsgazette.com/osce-wraps-up-ukraine-field-operations-after-russia-opposes-extension",
        ),
    )
    r159 = FieldOperation(
        id="office-in-yerevan",
        name="Office in Yerevan",
        host=r2,
        headquarters="Yerevan",
        established=_d(1999, 7, 22),
        closed=_d(2017, 8, 31),
        sources=(
            "https://reliefweb.int/report/armenia/osce-office-yerevan",
            "https://armenpress.am/eng/news/903772/",
            "https://vestnikkavkaza.net/news/OSCE-withdraws-from-Armenia.html",
            "https://en.armradio.am/2022/01/30/armenia-joined-the-osce-30-years-ago-today/",
        ),
    )
    r160 = FieldOperation(
        id="project-co-ordinator-in-baku",
        name="Project Co-ordinator in Baku",
        host=r4,
        headquarters="Baku",
        established=_d(1999, 11, 16),
        closed=_d(2015, 7, 4),
        former_names=(FormerName(name="Office in Baku", until=_d(2014, 1, 1)),),
        sources=(
            "http://www.osce.org/baku/43374",
            "https://reliefweb.int/report/azerbaijan/osce-office-baku",
            "https://anews.az/en/osce-office-in-baku-downgraded-to-project-co-ordinator",
            "https://www.irfs.org/news-feed/osce-baku-project-coordinator-officially-closed/",
            "https://www.commonspace.eu/azerbaijan-tells-osce-close-its-office-baku",
        ),
    )
    r161 = FieldOperation(
        id="mission-to-georgia",
        name="Mission to Georgia",
        host=r18,
        headquarters="Tbilisi",
        established=_d(1992, 12, 13),
        closed=_d(2009, 6, 30),
        sources=(
            "https://osce.org/georgia-closed/43386",
            "https://old.civil.ge/eng/article.php?id=21181",
            "https://www.reuters.com/article/us-georgia-monitors-idUSTRE55T3OR20090630",
            "https://messenger.com.ge/issues/1887_july_1_2009/1887_observers.html",
            "https://docslib.org/doc/3018938/the-osce-missions-to-the-successor-states-of-the-former-soviet-union1",
            "http://react.usip.org/pub/m7/p36.html",
        ),
    )
    r162 = FieldOperation(
        id="advisory-and-monitoring-group-in-belarus",
        name="Advisory and Monitoring Group in Belarus",
        host=r6,
        headquarters="Minsk",
        established=_d(1997, 9, 18),
        closed=_d(2002, 12, 31),
        sources=("https://shhada.ir/cio/52484", "https://www.rferl.org/a/1101782.html"),
    )
    r163 = FieldOperation(
        id="office-in-minsk",
        name="Office in Minsk",
        host=r6,
        headquarters="Minsk",
        established=_d(2002, 12, 30),
        closed=_d(2011, 3, 31),
        predecessors=(r162,),
        sources=(
            "https://www.osce.org/minsk/43444",
            "https://osce.org/minsk/76283",
            "https://www.rferl.org/a/1101782.html",
            "https://survincity.com/2012/03/the-osce-office-in-minsk-has-stopped-working/",
        ),
    )
    r164 = FieldOperation(
        id="mission-to-croatia",
        name="Mission to Croatia",
        host=r10,
        headquarters="Zagreb",
        established=_d(1996, 4, 18),
        closed=_d(2007, 12, 31),
        sources=(
            "http://www.osce.org/node/45520",
            "https://www.osce.org/node/660489",
            "https://osce.org/cio/86290",
            "https://docslib.org/doc/10577833/decision-no-836-establishment-of-an-osce-office-in-zagreb",
            "https://es.stringtranslate.com/una%20Misi%C3%B3n%20de%20la%20OSCE%20en%20Croacia/OSCE_Mission_to_Croatia",
        ),
    )
    r165 = FieldOperation(
        id="office-in-zagreb",
        name="Office in Zagreb",
        host=r10,
        headquarters="Zagreb",
        established=_d(2007, 12, 21),
        closed=_d(2012, 1, 17),
        predecessors=(r164,),
        sources=(
            "https://www.osce.org/node/45080",
            "https://www.osce.org/zagreb/45079",
            "https://www.osce.org/node/660489",
            "https://osce.org/cio/86290",
            "https://docslib.org/doc/10577833/decision-no-836-establishment-of-an-osce-office-in-zagreb",
        ),
    )
    r166 = FieldOperation(
        id="mission-to-estonia",
        name="Mission to Estonia",
        host=r15,
        headquarters="Tallinn",
        established=_d(1993, 2, 15),
        closed=_d(2001, 12, 31),
        sources=(
            "http://osce.org/node/43973",
            "https://www.baltictimes.com/news/articles/5840/",
            "https://jamestown.org/program/osce-missions-declare-complete-victory-in-estonia-and-latvia/",
            "https://yingdouwang.com/dw/de/osze-hält-ihre-aufgabe-in-estland-für-erledigt/a-355771",
        ),
    )
    r167 = FieldOperation(
        id="mission-to-latvia",
        name="Mission to Latvia",
        host=r29,
        headquarters="Riga",
        closed=_d(2001, 12, 31),
        sources=(
            "https://www.mfa.gov.lv/en/organization-security-and-cooperation-europe",
            "https://www.baltictimes.com/news/articles/5840/",
            "https://jamestown.org/program/osce-missions-declare-complete-victory-in-estonia-and-latvia/",
            "https://docslib.org/doc/6485940/osce-handbook",
        ),
    )
    r168 = FieldOperation(
        id="assistance-group-to-chechnya",
        name="Assistance Group to Chechnya",
        host=r47,
        headquarters="Znamenskoye",
        established=_d(1995, 4, 11),
        closed=_d(2003, 3, 21),
        sources=(
            "http://www.osce.org/node/43969",
            "https://www.osce.org/ag-chechnya-closed",
            "https://www.osce.org/node/660505",
            "http://oldtmt.vedomosti.ru/sitemap/free/2003/1/article/osces-chechnya-mission-packs-up/241249.html",
            "https://www.rferl.org/a/1101782.html",
        ),
    )
    r169 = FieldOperation(
        id="observer-mission-at-the-russian-checkpoints-gukovo-and-donetsk",
        name="Observer Mission at the Russian Checkpoints Gukovo and Donetsk",
        host=r47,
        headquarters="Kamensk-Shakhtinsky",
        established=_d(2014, 7, 24),
        closed=_d(2021, 9, 30),
        sources=(
            "http://osce.org/om/132376",
            "https://www.osce.org/observer-mission-at-russian-checkpoints-gukovo-and-donetsk/121739",
            "https://solidarityrenewed.org/2021/09/03/statement-by-the-ministry-of-foreign-affairs-of-ukraine-on-russias-intention-not-to-extend-the-mandate-of-the-osce-observer-mission-at-the-russian-checkpoints-gukovo-and-donetsk-ministry-of-foreig/",
            "https://censor.net/en/news/3350043/russia_wants_to_completely_remove_osce_from_ukraine_it_is_blocking_extension_of_mandate_eu_statement",
            "https://research.uaposition.com/osce/weekly-update-from-the-osce-observer-mission-at-russian-checkpoints-gukovo-and-donetsk-based-on-information-as-of-1000-moscow-time-28-january-2015/?amp=1",
        ),
    )
    r170 = FieldOfWork(
        id="arms-control",
        name="Arms control",
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r171 = FieldOfWork(
        id="border-management",
        name="Border management",
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
            "https://www.osce.org/secretariat/borders",
        ),
    )
    r172 = FieldOfWork(
        id="combating-trafficking-in-human-beings",
        name="Combating trafficking in human beings",
        aliases=("Anti-trafficking", "Combating human trafficking", "Trafficking in human beings"),
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
            "http://osce.org/what/trafficking",
        ),
    )
    r173 = FieldOfWork(
        id="conflict-prevention-and-resolution",
        name="Conflict prevention and resolution",
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r174 = FieldOfWork(
        id="countering-terrorism",
        name="Countering terrorism",
        aliases=("Counter-terrorism", "Anti-terrorism", "Combating terrorism"),
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
            "https://tntd.osce.org/me/node/660414",
        ),
    )
    r175 = FieldOfWork(
        id="cyber-ict-security",
        name="Cyber/ICT Security",
        aliases=("Cyber/ICT security", "Cyber security", "ICT security"),
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
            "https://www.osce.org/mk/node/660123",
        ),
    )
    r176 = FieldOfWork(
        id="democratization",
        name="Democratization",
        aliases=("Democratisation",),
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r177 = FieldOfWork(
        id="economic-activities",
        name="Economic activities",
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r178 = FieldOfWork(
        id="education",
        name="Education",
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r179 = FieldOfWork(
        id="elections",
        name="Elections",
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r180 = FieldOfWork(
        id="environmental-activities",
        name="Environmental activities",
        aliases=("Environment",),
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r181 = FieldOfWork(
        id="gender-equality",
        name="Gender equality",
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r182 = FieldOfWork(
        id="good-governance",
        name="Good governance",
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r183 = FieldOfWork(
        id="human-rights",
        name="Human rights",
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r184 = FieldOfWork(
        id="media-freedom-and-development",
        name="Media freedom and development",
        aliases=("Media freedom",),
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r185 = FieldOfWork(
        id="migration",
        name="Migration",
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r186 = FieldOfWork(
        id="national-minority-issues",
        name="National minority issues",
        aliases=("National minorities",),
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r187 = FieldOfWork(
        id="policing",
        name="Policing",
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r188 = FieldOfWork(
        id="reform-and-co-operation-in-the-security-sector",
        name="Reform and co-operation in the security sector",
        aliases=("Security sector reform", "Security sector governance and reform", "SSG/R"),
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
            "https://lawsdocbox.com/amp/109781336-Immigration/Organization-for-security-and-co-operation-in-europe.html",
        ),
    )
    r189 = FieldOfWork(
        id="roma-and-sinti",
        name="Roma and Sinti",
        aliases=("Roma and Sinti issues",),
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r190 = FieldOfWork(
        id="rule-of-law",
        name="Rule of law",
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r191 = FieldOfWork(
        id="tolerance-and-non-discrimination",
        name="Tolerance and non-discrimination",
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r192 = FieldOfWork(
        id="youth",
        name="Youth",
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
            "https://www.osce.org/me/node/660102",
        ),
    )
    r193 = MeetingType(
        id="summit-meetings",
        name="Summit meetings",
        aliases=("Summits",),
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r194 = MeetingType(
        id="review-conferences",
        name="Review Conferences",
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r195 = MeetingType(
        id="ministerial-council-meetings",
        name="Ministerial Council meetings",
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r196 = MeetingType(
        id="plenary-meetings-of-the-permanent-council",
        name="Plenary meetings of the Permanent Council",
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r197 = MeetingType(
        id="plenary-meetings-of-the-forum-for-security-co-operation",
        name="Plenary Meetings of the Forum for Security Co-operation",
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r198 = MeetingType(
        id="security-review-conferences",
        name="Security Review Conferences",
        aliases=("Annual Security Review Conference", "ASRC"),
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
            "https://www.ft.dk/samling/20191/almdel/OSCE/bilag/33/2223859/index.htm",
        ),
    )
    r199 = MeetingType(
        id="annual-implementation-assessment-meetings",
        name="Annual Implementation Assessment Meetings",
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r200 = MeetingType(
        id="economic-and-environmental-forum",
        name="Economic and Environmental Forum",
        aliases=("Economic Forum",),
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
            "http://www.osce.org/secretariat/43252",
        ),
    )
    r201 = MeetingType(
        id="economic-and-environmental-dimension-implementation-meetings",
        name="Economic and Environmental Dimension Implementation Meetings",
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r202 = MeetingType(
        id="human-rights-meetings",
        name="Human rights meetings",
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r203 = MeetingType(
        id="media-conferences",
        name="Media conferences",
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r204 = MeetingType(
        id="cyber-ict-security-conferences",
        name="Cyber/ICT security conferences",
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r205 = MeetingType(
        id="conference-of-the-alliance-against-trafficking-in-persons",
        name="Conference of the Alliance against Trafficking in Persons",
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r206 = MeetingType(
        id="gender-equality-conferences",
        name="Gender equality conferences",
        aliases=("Gender Equality Review Conferences",),
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
            "https://www.osce.org/oio/evaluation",
        ),
    )
    r207 = MeetingType(
        id="annual-osce-mediterranean-conferences",
        name="Annual OSCE Mediterranean conferences",
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r208 = MeetingType(
        id="annual-osce-asian-conferences",
        name="Annual OSCE Asian conferences",
        sources=(
            "https://www.osce.org/gender/72283",
            "https://www.osce.org/secretariat/259016",
            "https://www.osce.org/",
        ),
    )
    r209 = DecisionMakingBody(
        id="summit",
        name="Summit",
        aliases=("OSCE Summit", "Summit of Heads of State or Government"),
        sources=(
            "https://www.osce.org/uk/node/650182",
            "https://www.mzv.cz/mission.vienna/en/organisations_covered_by_the_permanent/osce/decision_making_bodies/index.html",
        ),
    )
    r210 = DecisionMakingBody(
        id="ministerial-council",
        name="Ministerial Council",
        acronym="MC",
        aliases=("MC", "OSCE Ministerial Council"),
        sources=(
            "https://www.osce.org/uk/node/650182",
            "https://www.mzv.cz/mission.vienna/en/organisations_covered_by_the_permanent/osce/decision_making_bodies/index.html",
            "https://osce.usmission.gov/our-relationship/about-osce/structures/",
        ),
    )
    r211 = DecisionMakingBody(
        id="permanent-council",
        name="Permanent Council",
        acronym="PC",
        aliases=("PC", "OSCE Permanent Council"),
        sources=(
            "https://www.osce.org/uk/node/650182",
            "https://www.ft.dk/samling/20191/almdel/OSCE/bilag/33/2223859/index.htm",
        ),
    )
    r212 = DecisionMakingBody(
        id="forum-for-security-co-operation",
        name="Forum for Security Co-operation",
        acronym="FSC",
        aliases=("FSC", "Forum for Security Cooperation", "OSCE Forum for Security Co-operation"),
        sources=(
            "https://www.osce.org/uk/node/650182",
            "https://www.ft.dk/samling/20191/almdel/OSCE/bilag/33/2223859/index.htm",
            "https://osce.usmission.gov/our-relationship/about-osce/structures/",
        ),
    )
    r213 = Summit(
        id="helsinki-1975",
        name="Helsinki Summit 1975",
        city="Helsinki",
        host=r16,
        start=_d(1975, 7, 30),
        end=_d(1975, 8, 1),
        sources=("https://osce.org/summits", "https://www.osce.org/fr/summits"),
    )
    r214 = Summit(
        id="paris-1990",
        name="Paris Summit 1990",
        city="Paris",
        host=r17,
        start=_d(1990, 11, 19),
        end=_d(1990, 11, 21),
        sources=(
            "https://www.osce.org/fr/summits",
            "https://osce.org/de/summits",
            "https://cilevics.eu/minelres/osce/paris90e.htm",
        ),
    )
    r215 = Summit(
        id="helsinki-1992",
        name="Helsinki Summit 1992",
        city="Helsinki",
        host=r16,
        start=_d(1992, 7, 9),
        end=_d(1992, 7, 10),
        sources=("https://www.osce.org/fr/summits", "https://osce.org/de/summits"),
    )
    r216 = Summit(
        id="budapest-1994",
        name="Budapest Summit 1994",
        city="Budapest",
        host=r23,
        start=_d(1994, 12, 5),
        end=_d(1994, 12, 6),
        sources=("https://www.osce.org/fr/summits", "https://osce.org/de/summits"),
    )
    r217 = Summit(
        id="lisbon-1996",
        name="Lisbon Summit 1996",
        city="Lisbon",
        host=r44,
        start=_d(1996, 12, 2),
        end=_d(1996, 12, 3),
        sources=(
            "https://www.osce.org/fr/summits",
            "https://osce.org/de/summits",
            "https://www.admin.ch/cp/i/1996Nov1.111108.6834@idz.bfi.admin.ch.html",
        ),
    )
    r218 = Summit(
        id="istanbul-1999",
        name="Istanbul Summit 1999",
        city="Istanbul",
        host=r56,
        start=_d(1999, 11, 18),
        end=_d(1999, 11, 19),
        sources=(
            "https://www.osce.org/who/timeline/1990s/15",
            "https://www.osce.org/fr/summits",
            "https://osce.org/de/summits",
        ),
    )
    r219 = Summit(
        id="astana-2010",
        name="Astana Summit 2010",
        city="Astana",
        host=r27,
        start=_d(2010, 12, 1),
        end=_d(2010, 12, 2),
        sources=(
            "https://www.osce.org/fr/summits",
            "https://osce.org/de/summits",
            "https://en-academic.com/dic.nsf/enwiki/13904",
        ),
    )
    r220 = PressRelease(
        id="secretariat-244846",
        title="Head of OSCE Strategic Police Matters Unit addresses UN Chiefs of Police Summit in New York",
        content_type="Press release",
        date=_d(2016, 6, 3),
        place="New York",
        dateline_city="New York",
        issuers=(r118,),
        fields_of_work=(r187,),
        mentioned_states=(r10,),
        body="Summary: at the first United Nations Chiefs of Police Summit in New York, the head of the Strategic Police Matters Unit of the Transnational Threats Department presented the OSCE as a platform for co-operation against transnational crime in police peace operations, recalled its police monitoring in Croatia from 1998, and its work with the UN Office on Drugs and Crime.",
        url="https://www.osce.org/secretariat/244846",
    )
    return Organization(
        data_as_of=_d(2026, 11, 28),
        participating_states=(
            r0,
            r1,
            r2,
            r3,
            r4,
            r5,
            r6,
            r7,
            r8,
            r9,
            r10,
            r11,
            r13,
            r14,
            r15,
            r16,
            r17,
            r18,
            r20,
            r21,
            r22,
            r23,
            r24,
            r25,
            r26,
            r27,
            r28,
            r29,
            r30,
            r31,
            r32,
            r33,
            r34,
            r35,
            r36,
            r39,
            r40,
            r41,
            r42,
            r43,
            r44,
            r45,
            r47,
            r48,
            r49,
            r50,
            r51,
            r52,
            r53,
            r54,
            r55,
            r56,
            r57,
            r58,
            r59,
            r60,
            r61,
        ),
        former_participating_states=(r46, r12, r19, r37, r38),
        partners=(r62, r63, r64, r65, r66, r67, r68, r69, r70, r71, r72),
        former_partners=(r73,),
        chairpersonships=(
            r74,
            r75,
            r76,
            r77,
            r78,
            r79,
            r80,
            r81,
            r82,
            r83,
            r84,
            r85,
            r86,
            r87,
            r88,
            r89,
            r90,
            r91,
            r92,
            r93,
            r94,
            r95,
            r96,
            r97,
            r98,
            r99,
            r100,
            r101,
            r102,
            r103,
            r104,
            r105,
            r106,
            r107,
            r108,
            r109,
        ),
        secretaries_general=(r110, r111, r112, r113, r114, r115, r116, r117),
        secretariat=(
            r118,
            r119,
            r120,
            r121,
            r122,
            r123,
            r124,
            r125,
            r126,
            r127,
            r128,
            r129,
            r130,
            r131,
            r132,
            r133,
            r134,
        ),
        institutions=(r135, r136, r137, r138, r139),
        field_operations=(
            r140,
            r141,
            r142,
            r143,
            r144,
            r145,
            r149,
            r150,
            r151,
            r153,
            r154,
            r155,
            r156,
            r158,
            r157,
            r159,
            r160,
            r161,
            r162,
            r163,
            r164,
            r165,
            r147,
            r148,
            r152,
            r166,
            r167,
            r168,
            r169,
        ),
        territories=(r146,),
        fields_of_work=(
            r170,
            r171,
            r172,
            r173,
            r174,
            r175,
            r176,
            r177,
            r178,
            r179,
            r180,
            r181,
            r182,
            r183,
            r184,
            r185,
            r186,
            r187,
            r188,
            r189,
            r190,
            r191,
            r192,
        ),
        meeting_types=(
            r193,
            r194,
            r195,
            r196,
            r197,
            r198,
            r199,
            r200,
            r201,
            r202,
            r203,
            r204,
            r205,
            r206,
            r207,
            r208,
        ),
        decision_making_bodies=(r209, r210, r211, r212),
        summits=(r213, r214, r215, r216, r217, r218, r219),
        press_releases=(r220,),
    )
