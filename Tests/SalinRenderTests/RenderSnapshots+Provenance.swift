// Literal renderings pinned before the renderer's storage was made flat (commit 966d296's
// renderer): the output must stay byte-identical. Regenerate only for a deliberate change, and
// say why in the commit.

extension RenderSnapshots {
  /// Every span of the seed in en: origin, locale/requested, fallback step, location, UTF-8 length.
  static let seedProvenance_en = ##"""
    text:lead en/en 0 seeds/edscg-5.briefing.yaml:56:7 78
    fact:meeting.place en/en 0 seeds/edscg-5.briefing.yaml:58:23 10
    text:lead en/en 0 seeds/edscg-5.briefing.yaml:56:7 56
    catalog:meeting.title en/en 0 seeds/edscg-5.briefing.yaml:60:20 77
    text:lead en/en 0 seeds/edscg-5.briefing.yaml:56:7 126
    text:heading.deterrence en/en 0 seeds/edscg-5.briefing.yaml:79:7 37
    text:deterrence.threats en/en 0 seeds/edscg-5.briefing.yaml:85:11 265
    text:deterrence.pillar en/en 0 seeds/edscg-5.briefing.yaml:104:11 179
    text:deterrence.delegations en/en 0 seeds/edscg-5.briefing.yaml:117:11 28
    entity:jenkins en/en 0 seeds/edscg-5.briefing.yaml:119:31 39
    text:deterrence.delegations en/en 0 seeds/edscg-5.briefing.yaml:117:11 5
    entity:abercrombie en/en 0 seeds/edscg-5.briefing.yaml:120:35 57
    text:deterrence.delegations en/en 0 seeds/edscg-5.briefing.yaml:117:11 91
    entity:kim en/en 0 seeds/edscg-5.briefing.yaml:121:27 52
    text:deterrence.delegations en/en 0 seeds/edscg-5.briefing.yaml:117:11 26
    text:deterrence.declaration en/en 0 seeds/edscg-5.briefing.yaml:134:11 48
    catalog:declaration.of en/en 0 seeds/edscg-5.briefing.yaml:137:24 37
    text:deterrence.declaration en/en 0 seeds/edscg-5.briefing.yaml:134:11 88
    text:heading.provocations en/en 0 seeds/edscg-5.briefing.yaml:153:7 39
    text:provocations.condemned en/en 0 seeds/edscg-5.briefing.yaml:159:13 264
    text:provocations.space en/en 0 seeds/edscg-5.briefing.yaml:174:13 1
    catalog:label.in-response en/en 0 seeds/edscg-5.briefing.yaml:178:20 12
    text:provocations.denuclearization en/en 0 seeds/edscg-5.briefing.yaml:180:13 85
    text:provocations.sanctions en/en 0 seeds/edscg-5.briefing.yaml:184:13 170
    text:heading.implications en/en 0 seeds/edscg-5.briefing.yaml:198:7 29
    text:implications.regions en/en 0 seeds/edscg-5.briefing.yaml:204:11 170
    text:implications.technology en/en 0 seeds/edscg-5.briefing.yaml:217:11 159
    text:implications.edge en/en 0 seeds/edscg-5.briefing.yaml:232:11 124
    catalog:label.agreed-areas-of-focus en/en 0 seeds/edscg-5.briefing.yaml:246:21 21
    catalog:label.details en/en 0 seeds/edscg-5.briefing.yaml:246:50 7
    text:focus.missile-defense en/en 0 seeds/edscg-5.briefing.yaml:248:17 15
    text:focus.missile-defense.details en/en 0 seeds/edscg-5.briefing.yaml:249:17 80
    text:focus.cybersecurity en/en 0 seeds/edscg-5.briefing.yaml:253:17 13
    text:focus.cybersecurity.details en/en 0 seeds/edscg-5.briefing.yaml:254:17 77
    text:focus.nuclear-posture en/en 0 seeds/edscg-5.briefing.yaml:260:17 15
    text:focus.nuclear-posture.details en/en 0 seeds/edscg-5.briefing.yaml:261:17 73
    text:heading.alliances en/en 0 seeds/edscg-5.briefing.yaml:267:7 37
    text:alliances.vital en/en 0 seeds/edscg-5.briefing.yaml:273:11 251
    text:alliances.next-meeting en/en 0 seeds/edscg-5.briefing.yaml:292:11 20
    entity:edscg en/en 0 seeds/edscg-5.briefing.yaml:295:30 5
    text:alliances.next-meeting en/en 0 seeds/edscg-5.briefing.yaml:292:11 12
    catalog:date.year en/en 0 seeds/edscg-5.briefing.yaml:297:24 4
    text:alliances.next-meeting en/en 0 seeds/edscg-5.briefing.yaml:292:11 84
    text:alliances.beacon en/en 0 seeds/edscg-5.briefing.yaml:309:11 178
    text:alliances.message en/en 0 seeds/edscg-5.briefing.yaml:322:11 251
    catalog:sources.line en/en 0 - 44
    layout en/en 0 - 1

    """##

  /// Every span of the seed in tl: origin, locale/requested, fallback step, location, UTF-8 length.
  static let seedProvenance_tl = ##"""
    text:lead tl/tl 0 seeds/edscg-5.briefing.yaml:56:7 96
    fact:meeting.place tl/tl 0 seeds/edscg-5.briefing.yaml:58:23 10
    text:lead tl/tl 0 seeds/edscg-5.briefing.yaml:56:7 66
    catalog:meeting.title tl/tl 0 seeds/edscg-5.briefing.yaml:60:20 83
    text:lead tl/tl 0 seeds/edscg-5.briefing.yaml:56:7 146
    text:heading.deterrence tl/tl 0 seeds/edscg-5.briefing.yaml:79:7 53
    text:deterrence.threats tl/tl 0 seeds/edscg-5.briefing.yaml:85:11 298
    text:deterrence.pillar tl/tl 0 seeds/edscg-5.briefing.yaml:104:11 213
    text:deterrence.delegations tl/tl 0 seeds/edscg-5.briefing.yaml:117:11 67
    entity:jenkins tl/tl 0 seeds/edscg-5.briefing.yaml:119:31 39
    text:deterrence.delegations tl/tl 0 seeds/edscg-5.briefing.yaml:117:11 4
    entity:abercrombie tl/tl 0 seeds/edscg-5.briefing.yaml:120:35 57
    text:deterrence.delegations tl/tl 0 seeds/edscg-5.briefing.yaml:117:11 133
    entity:kim tl/tl 0 seeds/edscg-5.briefing.yaml:121:27 52
    text:deterrence.delegations tl/tl 0 seeds/edscg-5.briefing.yaml:117:11 1
    text:deterrence.declaration tl/tl 0 seeds/edscg-5.briefing.yaml:134:11 77
    catalog:declaration.of tl/tl 0 seeds/edscg-5.briefing.yaml:137:24 46
    text:deterrence.declaration tl/tl 0 seeds/edscg-5.briefing.yaml:134:11 97
    text:heading.provocations tl/tl 0 seeds/edscg-5.briefing.yaml:153:7 42
    text:provocations.condemned tl/tl 0 seeds/edscg-5.briefing.yaml:159:13 358
    text:provocations.space tl/tl 0 seeds/edscg-5.briefing.yaml:174:13 1
    catalog:label.in-response tl/tl 0 seeds/edscg-5.briefing.yaml:178:20 13
    text:provocations.denuclearization tl/tl 0 seeds/edscg-5.briefing.yaml:180:13 97
    text:provocations.sanctions tl/tl 0 seeds/edscg-5.briefing.yaml:184:13 207
    text:heading.implications tl/tl 0 seeds/edscg-5.briefing.yaml:198:7 39
    text:implications.regions tl/tl 0 seeds/edscg-5.briefing.yaml:204:11 182
    text:implications.technology tl/tl 0 seeds/edscg-5.briefing.yaml:217:11 190
    text:implications.edge tl/tl 0 seeds/edscg-5.briefing.yaml:232:11 160
    catalog:label.agreed-areas-of-focus tl/tl 0 seeds/edscg-5.briefing.yaml:246:21 39
    catalog:label.details tl/tl 0 seeds/edscg-5.briefing.yaml:246:50 11
    text:focus.missile-defense tl/tl 0 seeds/edscg-5.briefing.yaml:248:17 24
    text:focus.missile-defense.details tl/tl 0 seeds/edscg-5.briefing.yaml:249:17 107
    text:focus.cybersecurity tl/tl 0 seeds/edscg-5.briefing.yaml:253:17 23
    text:focus.cybersecurity.details tl/tl 0 seeds/edscg-5.briefing.yaml:254:17 92
    text:focus.nuclear-posture tl/tl 0 seeds/edscg-5.briefing.yaml:260:17 15
    text:focus.nuclear-posture.details tl/tl 0 seeds/edscg-5.briefing.yaml:261:17 105
    text:heading.alliances tl/tl 0 seeds/edscg-5.briefing.yaml:267:7 46
    text:alliances.vital tl/tl 0 seeds/edscg-5.briefing.yaml:273:11 343
    text:alliances.next-meeting tl/tl 0 seeds/edscg-5.briefing.yaml:292:11 47
    entity:edscg tl/tl 0 seeds/edscg-5.briefing.yaml:295:30 5
    text:alliances.next-meeting tl/tl 0 seeds/edscg-5.briefing.yaml:292:11 4
    catalog:date.year tl/tl 0 seeds/edscg-5.briefing.yaml:297:24 4
    text:alliances.next-meeting tl/tl 0 seeds/edscg-5.briefing.yaml:292:11 102
    text:alliances.beacon tl/tl 0 seeds/edscg-5.briefing.yaml:309:11 199
    text:alliances.message tl/tl 0 seeds/edscg-5.briefing.yaml:322:11 308
    catalog:sources.line tl/tl 0 - 50
    layout tl/tl 0 - 1

    """##

  /// Every span of the seed in ko: origin, locale/requested, fallback step, location, UTF-8 length.
  static let seedProvenance_ko = ##"""
    text:lead ko/ko 0 seeds/edscg-5.briefing.yaml:56:7 24
    fact:meeting.place ko/ko 0 seeds/edscg-5.briefing.yaml:58:23 9
    text:lead ko/ko 0 seeds/edscg-5.briefing.yaml:56:7 95
    catalog:meeting.title ko/ko 0 seeds/edscg-5.briefing.yaml:60:20 56
    text:lead ko/ko 0 seeds/edscg-5.briefing.yaml:56:7 128
    text:heading.deterrence ko/ko 0 seeds/edscg-5.briefing.yaml:79:7 30
    text:deterrence.threats ko/ko 0 seeds/edscg-5.briefing.yaml:85:11 207
    text:deterrence.pillar ko/ko 0 seeds/edscg-5.briefing.yaml:104:11 178
    entity:jenkins ko/ko 0 seeds/edscg-5.briefing.yaml:119:31 60
    text:deterrence.delegations ko/ko 0 seeds/edscg-5.briefing.yaml:117:11 4
    entity:abercrombie ko/ko 0 seeds/edscg-5.briefing.yaml:120:35 55
    text:deterrence.delegations ko/ko 0 seeds/edscg-5.briefing.yaml:117:11 81
    entity:kim ko/ko 0 seeds/edscg-5.briefing.yaml:121:27 30
    text:deterrence.delegations ko/ko 0 seeds/edscg-5.briefing.yaml:117:11 56
    text:deterrence.declaration ko/ko 0 seeds/edscg-5.briefing.yaml:134:11 69
    catalog:declaration.of ko/ko 0 seeds/edscg-5.briefing.yaml:137:24 29
    text:deterrence.declaration ko/ko 0 seeds/edscg-5.briefing.yaml:134:11 61
    text:heading.provocations ko/ko 0 seeds/edscg-5.briefing.yaml:153:7 30
    text:provocations.condemned ko/ko 0 seeds/edscg-5.briefing.yaml:159:13 242
    text:provocations.space ko/ko 0 seeds/edscg-5.briefing.yaml:174:13 1
    catalog:label.in-response ko/ko 0 seeds/edscg-5.briefing.yaml:178:20 51
    text:provocations.denuclearization ko/ko 0 seeds/edscg-5.briefing.yaml:180:13 66
    text:provocations.sanctions ko/ko 0 seeds/edscg-5.briefing.yaml:184:13 204
    text:heading.implications ko/ko 0 seeds/edscg-5.briefing.yaml:198:7 27
    text:implications.regions ko/ko 0 seeds/edscg-5.briefing.yaml:204:11 183
    text:implications.technology ko/ko 0 seeds/edscg-5.briefing.yaml:217:11 185
    text:implications.edge ko/ko 0 seeds/edscg-5.briefing.yaml:232:11 152
    catalog:label.agreed-areas-of-focus ko/ko 0 seeds/edscg-5.briefing.yaml:246:21 23
    catalog:label.details ko/ko 0 seeds/edscg-5.briefing.yaml:246:50 13
    text:focus.missile-defense ko/ko 0 seeds/edscg-5.briefing.yaml:248:17 16
    text:focus.missile-defense.details ko/ko 0 seeds/edscg-5.briefing.yaml:249:17 97
    text:focus.cybersecurity ko/ko 0 seeds/edscg-5.briefing.yaml:253:17 16
    text:focus.cybersecurity.details ko/ko 0 seeds/edscg-5.briefing.yaml:254:17 64
    text:focus.nuclear-posture ko/ko 0 seeds/edscg-5.briefing.yaml:260:17 10
    text:focus.nuclear-posture.details ko/ko 0 seeds/edscg-5.briefing.yaml:261:17 79
    text:heading.alliances ko/ko 0 seeds/edscg-5.briefing.yaml:267:7 40
    text:alliances.vital ko/ko 0 seeds/edscg-5.briefing.yaml:273:11 285
    catalog:date.year ko/ko 0 seeds/edscg-5.briefing.yaml:297:24 7
    text:alliances.next-meeting ko/ko 0 seeds/edscg-5.briefing.yaml:292:11 31
    entity:edscg ko/ko 0 seeds/edscg-5.briefing.yaml:295:30 5
    text:alliances.next-meeting ko/ko 0 seeds/edscg-5.briefing.yaml:292:11 101
    text:alliances.beacon ko/ko 0 seeds/edscg-5.briefing.yaml:309:11 166
    text:alliances.message ko/ko 0 seeds/edscg-5.briefing.yaml:322:11 317
    catalog:sources.line ko/ko 0 - 37
    layout ko/ko 0 - 1

    """##
}
