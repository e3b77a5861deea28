// Literal renderings pinned before the renderer's storage was made flat (commit 966d296's
// renderer): the output must stay byte-identical. Regenerate only for a deliberate change, and
// say why in the commit.

extension RenderSnapshots {
  /// The seed briefing in en, as HTML.
  static let seedHTML_en = ##"""
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="salin">
    <title>edscg-5</title>
    <style>
    body { margin: 2rem auto; max-width: 46rem; padding: 0 1rem; line-height: 1.6; color: #1b1b1b;
      font-family: "Noto Sans", "Noto Sans CJK KR", "Noto Sans KR", "Apple SD Gothic Neo",
        "Malgun Gothic", "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
    :lang(ko) { word-break: keep-all; }
    h1, h2 { line-height: 1.3; }
    table { border-collapse: collapse; margin: 1rem 0; }
    th, td { border: 1px solid #c8c8c8; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
    th { background: #f0f0f0; }
    .sources { color: #555; font-size: 0.95em; }
    .fallback { background: #fff3c4; }
    .stale { background: #ffe0e0; }
    </style>
    </head>
    <body>
    <article>
    <p>The U.S. and South Korea have deepened their defense alliance in a meeting in Washington today. Senior officials from both nations convened for the fifth Extended Deterrence Strategy and Consultation Group (EDSCG) meeting, reinforcing their commitment to counter North Korea’s escalating nuclear and missile threats and ensure regional security.</p>
    <h2>Advancing Security Through Deterrence</h2>
    <p>At this pivotal meeting, representatives from the United States and the Republic of Korea (ROK) discussed the pressing threats posed by North Korea’s missile launches and weapons development. Both sides reaffirmed their ironclad commitment to extended deterrence.</p>
    <p>With North Korea continuing to violate United Nations Security Council resolutions, this alliance remains a key pillar in ensuring peace and stability across the Korean Peninsula.</p>
    <p>The U.S. delegation, led by Under Secretary of State Bonnie Jenkins and Acting Deputy Under Secretary of Defense Cara Abercrombie, underscored the need for robust coordination. Their South Korean counterparts, including First Vice Minister of Foreign Affairs Kim Hong Kyun, echoed these sentiments.</p>
    <p>The meeting expanded on the progress made since the April 2023 Washington Declaration, which laid out the framework for enhanced defense cooperation between the two nations.</p>
    <h2>Responding to North Korean Provocations</h2>
    <p>Both the U.S. and South Korea condemned North Korea’s continued missile tests and the development of weapons of mass destruction (WMD). The recent incidents along the Demilitarized Zone (DMZ) have also heightened tensions, raising fears of accidental escalation. In response:</p>
    <ul>
    <li>Both nations reaffirmed their commitment to denuclearization on the Korean Peninsula.</li>
    <li>Joint efforts to counter North Korea’s sanctions evasion and malicious cyber activities were discussed, with a focus on tightening international pressure on the regime.</li>
    </ul>
    <h2>Broader Security Implications</h2>
    <p>In addition to addressing North Korea’s destabilizing actions, the meeting highlighted the interconnectedness of security in the Indo-Pacific and Euro-Atlantic regions.</p>
    <p>With new security threats emerging globally, the U.S. and ROK recognized the importance of incorporating cutting-edge technology into their defense strategies.</p>
    <p>This includes leveraging artificial intelligence, cyber defense, and missile detection systems to maintain a strategic edge.</p>
    <table>
    <thead>
    <tr><th>Agreed Areas of Focus</th><th>Details</th></tr>
    </thead>
    <tbody>
    <tr><td>Missile Defense</td><td>Strengthening missile defense systems to counter North Korea’s growing arsenal</td></tr>
    <tr><td>Cybersecurity</td><td>Tackling DPRK’s cyber capabilities and safeguarding critical infrastructure</td></tr>
    <tr><td>Nuclear Posture</td><td>Enhancing nuclear deterrence to reassure allies and discourage escalation</td></tr>
    </tbody>
    </table>
    <h2>Strong Alliances in an Unstable World</h2>
    <p>The U.S.-ROK alliance remains vital in the face of unpredictable regional threats. As both nations pledge to work closely with allies to counter misinformation and foreign interference, they solidify their standing as defenders of democracy and peace.</p>
    <p>The next high-level EDSCG meeting in 2025 will further build on these critical discussions, ensuring continued collaboration.</p>
    <p>In a world where security dynamics are rapidly shifting, meanwhile, the U.S. and South Korea’s extended deterrence strategy serves as a beacon of stability in the Indo-Pacific.</p>
    <p>Furthermore, their enduring partnership consequently signals a clear message to North Korea and its supporters—that aggression will not go unanswered. In addition, this united front effectively deters potential threats, thus ensuring a safer region.</p>
    <p class="sources">Sources: THX News and US Department of State.</p>
    </article>
    </body>
    </html>

    """##

  /// The seed briefing in tl, as HTML.
  static let seedHTML_tl = ##"""
    <!DOCTYPE html>
    <html lang="tl">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="salin">
    <title>edscg-5</title>
    <style>
    body { margin: 2rem auto; max-width: 46rem; padding: 0 1rem; line-height: 1.6; color: #1b1b1b;
      font-family: "Noto Sans", "Noto Sans CJK KR", "Noto Sans KR", "Apple SD Gothic Neo",
        "Malgun Gothic", "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
    :lang(ko) { word-break: keep-all; }
    h1, h2 { line-height: 1.3; }
    table { border-collapse: collapse; margin: 1rem 0; }
    th, td { border: 1px solid #c8c8c8; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
    th { background: #f0f0f0; }
    .sources { color: #555; font-size: 0.95em; }
    .fallback { background: #fff3c4; }
    .stale { background: #ffe0e0; }
    </style>
    </head>
    <body>
    <article>
    <p>Pinalalim ng Estados Unidos at South Korea ang kanilang alyansang pandepensa sa isang pulong sa Washington ngayong araw. Dinaluhan ng matataas na opisyal ng dalawang bansa ang ikalimang pulong ng Extended Deterrence Strategy and Consultation Group (EDSCG), bilang pagpapatibay sa kanilang pangakong harapin ang lumalalang banta ng nuclear at missile ng North Korea at tiyakin ang seguridad ng rehiyon.</p>
    <h2>Pagsusulong ng Seguridad sa Pamamagitan ng Deterrence</h2>
    <p>Sa mahalagang pulong na ito, tinalakay ng mga kinatawan ng Estados Unidos at ng Republika ng Korea (ROK) ang mabibigat na bantang dulot ng mga paglulunsad ng missile at pagpapaunlad ng armas ng North Korea. Muling pinagtibay ng dalawang panig ang kanilang matatag na pangako sa extended deterrence.</p>
    <p>Habang patuloy na nilalabag ng North Korea ang mga resolusyon ng United Nations Security Council, nananatiling pangunahing haligi ang alyansang ito sa pagtiyak ng kapayapaan at katatagan sa buong Korean Peninsula.</p>
    <p>Binigyang-diin ng delegasyon ng Estados Unidos, sa pangunguna nina Under Secretary of State Bonnie Jenkins at Acting Deputy Under Secretary of Defense Cara Abercrombie, ang pangangailangan sa matibay na koordinasyon. Ganito rin ang ipinahayag ng kanilang mga katapat mula sa South Korea, kabilang si First Vice Minister of Foreign Affairs Kim Hong Kyun.</p>
    <p>Tinalakay sa pulong kung paano pa mapauunlad ang mga nagawa mula nang ilabas ang Deklarasyon ng Washington noong Abril 2023, na naglatag ng balangkas para sa mas pinaigting na pagtutulungang pandepensa ng dalawang bansa.</p>
    <h2>Pagtugon sa mga Probokasyon ng North Korea</h2>
    <p>Kapwa kinondena ng Estados Unidos at South Korea ang patuloy na pagsubok ng missile ng North Korea at ang pagpapaunlad nito ng mga armas na pamuksa nang maramihan (WMD). Lalo ring tumindi ang tensiyon dahil sa mga insidente kamakailan sa kahabaan ng Demilitarized Zone (DMZ), kaya lumaki ang pangamba na hindi sinasadyang sumiklab ang mas malawak na sigalot. Bilang tugon:</p>
    <ul>
    <li>Muling pinagtibay ng dalawang bansa ang kanilang pangako sa denuclearization ng Korean Peninsula.</li>
    <li>Tinalakay rin ang magkasanib na hakbang laban sa pag-iwas ng North Korea sa mga parusa at sa mapaminsala nitong mga gawaing pang-cyber, at pinagtuunan ang paghihigpit ng pandaigdigang panggigipit sa rehimen.</li>
    </ul>
    <h2>Mas Malawak na Implikasyon sa Seguridad</h2>
    <p>Bukod sa pagtugon sa mga hakbang ng North Korea na nagpapagulo sa rehiyon, binigyang-diin din ng pulong ang pagkakaugnay ng seguridad sa mga rehiyon ng Indo-Pacific at Euro-Atlantic.</p>
    <p>Sa paglitaw ng mga bagong banta sa seguridad sa buong mundo, kinilala ng Estados Unidos at ROK ang kahalagahan ng paggamit ng makabagong teknolohiya sa kanilang mga estratehiyang pandepensa.</p>
    <p>Kabilang dito ang paggamit ng artificial intelligence, depensang pang-cyber at mga sistema sa pagtukoy ng missile upang mapanatili ang estratehikong kalamangan.</p>
    <table>
    <thead>
    <tr><th>Mga Napagkasunduang Larangang Tututukan</th><th>Mga Detalye</th></tr>
    </thead>
    <tbody>
    <tr><td>Depensa Laban sa Missile</td><td>Pagpapalakas ng mga sistema ng depensa laban sa missile upang harapin ang lumalaking arsenal ng North Korea</td></tr>
    <tr><td>Seguridad sa Cyberspace</td><td>Pagharap sa mga kakayahang pang-cyber ng DPRK at pangangalaga sa mahahalagang imprastraktura</td></tr>
    <tr><td>Postura Nuclear</td><td>Pagpapaigting ng nuclear deterrence upang mapanatag ang mga kaalyado at mapigilan ang paglala ng tensiyon</td></tr>
    </tbody>
    </table>
    <h2>Matatag na mga Alyansa sa Isang Magulong Mundo</h2>
    <p>Nananatiling mahalaga ang alyansang U.S.-ROK sa harap ng mga di-inaasahang banta sa rehiyon. Sa pangako ng dalawang bansa na makikipagtulungan nang mahigpit sa mga kaalyado upang labanan ang maling impormasyon at panghihimasok ng mga dayuhan, lalo nilang pinatatatag ang kanilang katayuan bilang mga tagapagtanggol ng demokrasya at kapayapaan.</p>
    <p>Sa susunod na pulong ng matataas na opisyal ng EDSCG sa 2025, lalo pang pauunlarin ang mahahalagang talakayang ito upang matiyak ang tuloy-tuloy na pagtutulungan.</p>
    <p>Samantala, sa isang mundong mabilis na nagbabago ang kalagayan ng seguridad, nagsisilbing tanglaw ng katatagan sa Indo-Pacific ang estratehiya ng extended deterrence ng Estados Unidos at South Korea.</p>
    <p>Dagdag pa rito, nagpapadala ang kanilang pangmatagalang pagtutulungan ng malinaw na mensahe sa North Korea at sa mga tagasuporta nito—na hindi palalampasin ang anumang agresyon. Bukod dito, mabisang napipigilan ng nagkakaisang hanay na ito ang mga posibleng banta, kaya natitiyak ang mas ligtas na rehiyon.</p>
    <p class="sources">Mga Pinagkunan: THX News at US Department of State.</p>
    </article>
    </body>
    </html>

    """##

  /// The seed briefing in ko, as HTML.
  static let seedHTML_ko = ##"""
    <!DOCTYPE html>
    <html lang="ko">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="salin">
    <title>edscg-5</title>
    <style>
    body { margin: 2rem auto; max-width: 46rem; padding: 0 1rem; line-height: 1.6; color: #1b1b1b;
      font-family: "Noto Sans", "Noto Sans CJK KR", "Noto Sans KR", "Apple SD Gothic Neo",
        "Malgun Gothic", "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
    :lang(ko) { word-break: keep-all; }
    h1, h2 { line-height: 1.3; }
    table { border-collapse: collapse; margin: 1rem 0; }
    th, td { border: 1px solid #c8c8c8; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
    th { background: #f0f0f0; }
    .sources { color: #555; font-size: 0.95em; }
    .fallback { background: #fff3c4; }
    .stale { background: #ffe0e0; }
    </style>
    </head>
    <body>
    <article>
    <p>한미 양국이 오늘 워싱턴에서 열린 회의에서 방위 동맹을 한층 강화했다. 양국 고위 당국자들은 제5차 한미 확장억제전략협의체(EDSCG) 회의에 모여 고조되는 북한의 핵·미사일 위협에 대응하고 역내 안보를 확보하겠다는 의지를 다졌다.</p>
    <h2>억제를 통한 안보 강화</h2>
    <p>이번 회의에서 한미 양국 대표단은 북한의 미사일 발사와 무기 개발로 인한 시급한 위협을 논의했다. 양측은 확장억제에 대한 철통같은 공약을 재확인했다.</p>
    <p>북한이 유엔 안전보장이사회 결의를 계속 위반하는 가운데, 이 동맹은 한반도 전역의 평화와 안정을 보장하는 핵심 축으로 남아 있다.</p>
    <p>보니 젠킨스 국무부 군비통제·국제안보 차관과 카라 애버크롬비 국방부 정책부차관 대행이 이끄는 미국 대표단은 긴밀한 공조의 필요성을 강조했다. 김홍균 외교부 제1차관 등 한국 측 대표단도 같은 입장을 밝혔다.</p>
    <p>이번 회의는 양국 간 방위 협력 강화의 틀을 마련한 2023년 4월 워싱턴 선언 이후의 진전을 토대로 논의를 한층 확대했다.</p>
    <h2>북한 도발에 대한 대응</h2>
    <p>한미 양국은 북한의 계속되는 미사일 시험 발사와 대량살상무기(WMD) 개발을 규탄했다. 최근 비무장지대(DMZ)에서 잇따른 사건들도 긴장을 고조시켜 우발적 확전에 대한 우려를 키웠다. 이에 대한 양측의 대응은 다음과 같다.</p>
    <ul>
    <li>양국은 한반도 비핵화에 대한 공약을 재확인했다.</li>
    <li>북한의 제재 회피와 악의적 사이버 활동에 대응하기 위한 공동의 노력도 논의됐으며, 북한 정권에 대한 국제사회의 압박을 강화하는 데 초점이 맞춰졌다.</li>
    </ul>
    <h2>더 넓은 안보적 함의</h2>
    <p>이번 회의에서는 북한의 불안정 조성 행위에 대한 대응과 더불어 인도·태평양 지역과 유럽·대서양 지역 안보의 상호 연계성도 부각됐다.</p>
    <p>전 세계적으로 새로운 안보 위협이 대두되는 가운데, 한미 양국은 첨단 기술을 국방 전략에 접목하는 것이 중요하다는 데 인식을 같이했다.</p>
    <p>여기에는 전략적 우위를 유지하기 위해 인공지능(AI), 사이버 방어, 미사일 탐지 체계를 활용하는 방안이 포함된다.</p>
    <table>
    <thead>
    <tr><th>합의된 중점 분야</th><th>세부 내용</th></tr>
    </thead>
    <tbody>
    <tr><td>미사일 방어</td><td>날로 늘어나는 북한의 무기 전력에 대응하기 위한 미사일 방어 체계 강화</td></tr>
    <tr><td>사이버 안보</td><td>북한의 사이버 역량 대응 및 핵심 기반시설 보호</td></tr>
    <tr><td>핵 태세</td><td>동맹국을 안심시키고 확전을 억지하기 위한 핵 억제력 강화</td></tr>
    </tbody>
    </table>
    <h2>불안정한 세계 속 굳건한 동맹</h2>
    <p>예측할 수 없는 역내 위협 속에서 한미동맹은 여전히 필수적이다. 양국은 허위정보와 외국의 간섭에 대응하기 위해 동맹국들과 긴밀히 협력하기로 약속하며 민주주의와 평화의 수호자로서 입지를 굳건히 하고 있다.</p>
    <p>2025년에 열리는 다음 고위급 EDSCG 회의는 이번 핵심 논의를 더욱 발전시켜 지속적인 협력을 이어갈 예정이다.</p>
    <p>한편 안보 지형이 빠르게 변화하는 세계에서 한미 양국의 확장억제 전략은 인도·태평양 지역 안정의 등불 역할을 하고 있다.</p>
    <p>아울러 양국의 변함없는 동반자 관계는 북한과 그 지지 세력에 어떠한 도발에도 반드시 대응이 뒤따른다는 분명한 메시지를 보낸다. 또한 한목소리를 내는 양국의 공조는 잠재적 위협을 효과적으로 억제해 역내 안전을 높이는 데 기여한다.</p>
    <p class="sources">출처: THX News 및 미국 국무부.</p>
    </article>
    </body>
    </html>

    """##
}
