// Literal renderings pinned before the renderer's storage was made flat (commit 966d296's
// renderer): the output must stay byte-identical. Regenerate only for a deliberate change, and
// say why in the commit.

extension RenderSnapshots {
  /// The seed briefing in en, as Markdown.
  static let seedMarkdown_en = ##"""
    The U.S. and South Korea have deepened their defense alliance in a meeting in Washington today. Senior officials from both nations convened for the fifth Extended Deterrence Strategy and Consultation Group (EDSCG) meeting, reinforcing their commitment to counter North Korea’s escalating nuclear and missile threats and ensure regional security.

    ## Advancing Security Through Deterrence

    At this pivotal meeting, representatives from the United States and the Republic of Korea (ROK) discussed the pressing threats posed by North Korea’s missile launches and weapons development. Both sides reaffirmed their ironclad commitment to extended deterrence.

    With North Korea continuing to violate United Nations Security Council resolutions, this alliance remains a key pillar in ensuring peace and stability across the Korean Peninsula.

    The U.S. delegation, led by Under Secretary of State Bonnie Jenkins and Acting Deputy Under Secretary of Defense Cara Abercrombie, underscored the need for robust coordination. Their South Korean counterparts, including First Vice Minister of Foreign Affairs Kim Hong Kyun, echoed these sentiments.

    The meeting expanded on the progress made since the April 2023 Washington Declaration, which laid out the framework for enhanced defense cooperation between the two nations.

    ## Responding to North Korean Provocations

    Both the U.S. and South Korea condemned North Korea’s continued missile tests and the development of weapons of mass destruction (WMD). The recent incidents along the Demilitarized Zone (DMZ) have also heightened tensions, raising fears of accidental escalation. In response:

    - Both nations reaffirmed their commitment to denuclearization on the Korean Peninsula.
    - Joint efforts to counter North Korea’s sanctions evasion and malicious cyber activities were discussed, with a focus on tightening international pressure on the regime.

    ## Broader Security Implications

    In addition to addressing North Korea’s destabilizing actions, the meeting highlighted the interconnectedness of security in the Indo-Pacific and Euro-Atlantic regions.

    With new security threats emerging globally, the U.S. and ROK recognized the importance of incorporating cutting-edge technology into their defense strategies.

    This includes leveraging artificial intelligence, cyber defense, and missile detection systems to maintain a strategic edge.

    | Agreed Areas of Focus | Details |
    | --- | --- |
    | Missile Defense | Strengthening missile defense systems to counter North Korea’s growing arsenal |
    | Cybersecurity | Tackling DPRK’s cyber capabilities and safeguarding critical infrastructure |
    | Nuclear Posture | Enhancing nuclear deterrence to reassure allies and discourage escalation |

    ## Strong Alliances in an Unstable World

    The U.S.-ROK alliance remains vital in the face of unpredictable regional threats. As both nations pledge to work closely with allies to counter misinformation and foreign interference, they solidify their standing as defenders of democracy and peace.

    The next high-level EDSCG meeting in 2025 will further build on these critical discussions, ensuring continued collaboration.

    In a world where security dynamics are rapidly shifting, meanwhile, the U.S. and South Korea’s extended deterrence strategy serves as a beacon of stability in the Indo-Pacific.

    Furthermore, their enduring partnership consequently signals a clear message to North Korea and its supporters—that aggression will not go unanswered. In addition, this united front effectively deters potential threats, thus ensuring a safer region.

    Sources: THX News and US Department of State.

    """##

  /// The seed briefing in tl, as Markdown.
  static let seedMarkdown_tl = ##"""
    Pinalalim ng Estados Unidos at South Korea ang kanilang alyansang pandepensa sa isang pulong sa Washington ngayong araw. Dinaluhan ng matataas na opisyal ng dalawang bansa ang ikalimang pulong ng Extended Deterrence Strategy and Consultation Group (EDSCG), bilang pagpapatibay sa kanilang pangakong harapin ang lumalalang banta ng nuclear at missile ng North Korea at tiyakin ang seguridad ng rehiyon.

    ## Pagsusulong ng Seguridad sa Pamamagitan ng Deterrence

    Sa mahalagang pulong na ito, tinalakay ng mga kinatawan ng Estados Unidos at ng Republika ng Korea (ROK) ang mabibigat na bantang dulot ng mga paglulunsad ng missile at pagpapaunlad ng armas ng North Korea. Muling pinagtibay ng dalawang panig ang kanilang matatag na pangako sa extended deterrence.

    Habang patuloy na nilalabag ng North Korea ang mga resolusyon ng United Nations Security Council, nananatiling pangunahing haligi ang alyansang ito sa pagtiyak ng kapayapaan at katatagan sa buong Korean Peninsula.

    Binigyang-diin ng delegasyon ng Estados Unidos, sa pangunguna nina Under Secretary of State Bonnie Jenkins at Acting Deputy Under Secretary of Defense Cara Abercrombie, ang pangangailangan sa matibay na koordinasyon. Ganito rin ang ipinahayag ng kanilang mga katapat mula sa South Korea, kabilang si First Vice Minister of Foreign Affairs Kim Hong Kyun.

    Tinalakay sa pulong kung paano pa mapauunlad ang mga nagawa mula nang ilabas ang Deklarasyon ng Washington noong Abril 2023, na naglatag ng balangkas para sa mas pinaigting na pagtutulungang pandepensa ng dalawang bansa.

    ## Pagtugon sa mga Probokasyon ng North Korea

    Kapwa kinondena ng Estados Unidos at South Korea ang patuloy na pagsubok ng missile ng North Korea at ang pagpapaunlad nito ng mga armas na pamuksa nang maramihan (WMD). Lalo ring tumindi ang tensiyon dahil sa mga insidente kamakailan sa kahabaan ng Demilitarized Zone (DMZ), kaya lumaki ang pangamba na hindi sinasadyang sumiklab ang mas malawak na sigalot. Bilang tugon:

    - Muling pinagtibay ng dalawang bansa ang kanilang pangako sa denuclearization ng Korean Peninsula.
    - Tinalakay rin ang magkasanib na hakbang laban sa pag-iwas ng North Korea sa mga parusa at sa mapaminsala nitong mga gawaing pang-cyber, at pinagtuunan ang paghihigpit ng pandaigdigang panggigipit sa rehimen.

    ## Mas Malawak na Implikasyon sa Seguridad

    Bukod sa pagtugon sa mga hakbang ng North Korea na nagpapagulo sa rehiyon, binigyang-diin din ng pulong ang pagkakaugnay ng seguridad sa mga rehiyon ng Indo-Pacific at Euro-Atlantic.

    Sa paglitaw ng mga bagong banta sa seguridad sa buong mundo, kinilala ng Estados Unidos at ROK ang kahalagahan ng paggamit ng makabagong teknolohiya sa kanilang mga estratehiyang pandepensa.

    Kabilang dito ang paggamit ng artificial intelligence, depensang pang-cyber at mga sistema sa pagtukoy ng missile upang mapanatili ang estratehikong kalamangan.

    | Mga Napagkasunduang Larangang Tututukan | Mga Detalye |
    | --- | --- |
    | Depensa Laban sa Missile | Pagpapalakas ng mga sistema ng depensa laban sa missile upang harapin ang lumalaking arsenal ng North Korea |
    | Seguridad sa Cyberspace | Pagharap sa mga kakayahang pang-cyber ng DPRK at pangangalaga sa mahahalagang imprastraktura |
    | Postura Nuclear | Pagpapaigting ng nuclear deterrence upang mapanatag ang mga kaalyado at mapigilan ang paglala ng tensiyon |

    ## Matatag na mga Alyansa sa Isang Magulong Mundo

    Nananatiling mahalaga ang alyansang U.S.-ROK sa harap ng mga di-inaasahang banta sa rehiyon. Sa pangako ng dalawang bansa na makikipagtulungan nang mahigpit sa mga kaalyado upang labanan ang maling impormasyon at panghihimasok ng mga dayuhan, lalo nilang pinatatatag ang kanilang katayuan bilang mga tagapagtanggol ng demokrasya at kapayapaan.

    Sa susunod na pulong ng matataas na opisyal ng EDSCG sa 2025, lalo pang pauunlarin ang mahahalagang talakayang ito upang matiyak ang tuloy-tuloy na pagtutulungan.

    Samantala, sa isang mundong mabilis na nagbabago ang kalagayan ng seguridad, nagsisilbing tanglaw ng katatagan sa Indo-Pacific ang estratehiya ng extended deterrence ng Estados Unidos at South Korea.

    Dagdag pa rito, nagpapadala ang kanilang pangmatagalang pagtutulungan ng malinaw na mensahe sa North Korea at sa mga tagasuporta nito—na hindi palalampasin ang anumang agresyon. Bukod dito, mabisang napipigilan ng nagkakaisang hanay na ito ang mga posibleng banta, kaya natitiyak ang mas ligtas na rehiyon.

    Mga Pinagkunan: THX News at US Department of State.

    """##

  /// The seed briefing in ko, as Markdown.
  static let seedMarkdown_ko = ##"""
    한미 양국이 오늘 워싱턴에서 열린 회의에서 방위 동맹을 한층 강화했다. 양국 고위 당국자들은 제5차 한미 확장억제전략협의체(EDSCG) 회의에 모여 고조되는 북한의 핵·미사일 위협에 대응하고 역내 안보를 확보하겠다는 의지를 다졌다.

    ## 억제를 통한 안보 강화

    이번 회의에서 한미 양국 대표단은 북한의 미사일 발사와 무기 개발로 인한 시급한 위협을 논의했다. 양측은 확장억제에 대한 철통같은 공약을 재확인했다.

    북한이 유엔 안전보장이사회 결의를 계속 위반하는 가운데, 이 동맹은 한반도 전역의 평화와 안정을 보장하는 핵심 축으로 남아 있다.

    보니 젠킨스 국무부 군비통제·국제안보 차관과 카라 애버크롬비 국방부 정책부차관 대행이 이끄는 미국 대표단은 긴밀한 공조의 필요성을 강조했다. 김홍균 외교부 제1차관 등 한국 측 대표단도 같은 입장을 밝혔다.

    이번 회의는 양국 간 방위 협력 강화의 틀을 마련한 2023년 4월 워싱턴 선언 이후의 진전을 토대로 논의를 한층 확대했다.

    ## 북한 도발에 대한 대응

    한미 양국은 북한의 계속되는 미사일 시험 발사와 대량살상무기(WMD) 개발을 규탄했다. 최근 비무장지대(DMZ)에서 잇따른 사건들도 긴장을 고조시켜 우발적 확전에 대한 우려를 키웠다. 이에 대한 양측의 대응은 다음과 같다.

    - 양국은 한반도 비핵화에 대한 공약을 재확인했다.
    - 북한의 제재 회피와 악의적 사이버 활동에 대응하기 위한 공동의 노력도 논의됐으며, 북한 정권에 대한 국제사회의 압박을 강화하는 데 초점이 맞춰졌다.

    ## 더 넓은 안보적 함의

    이번 회의에서는 북한의 불안정 조성 행위에 대한 대응과 더불어 인도·태평양 지역과 유럽·대서양 지역 안보의 상호 연계성도 부각됐다.

    전 세계적으로 새로운 안보 위협이 대두되는 가운데, 한미 양국은 첨단 기술을 국방 전략에 접목하는 것이 중요하다는 데 인식을 같이했다.

    여기에는 전략적 우위를 유지하기 위해 인공지능(AI), 사이버 방어, 미사일 탐지 체계를 활용하는 방안이 포함된다.

    | 합의된 중점 분야 | 세부 내용 |
    | --- | --- |
    | 미사일 방어 | 날로 늘어나는 북한의 무기 전력에 대응하기 위한 미사일 방어 체계 강화 |
    | 사이버 안보 | 북한의 사이버 역량 대응 및 핵심 기반시설 보호 |
    | 핵 태세 | 동맹국을 안심시키고 확전을 억지하기 위한 핵 억제력 강화 |

    ## 불안정한 세계 속 굳건한 동맹

    예측할 수 없는 역내 위협 속에서 한미동맹은 여전히 필수적이다. 양국은 허위정보와 외국의 간섭에 대응하기 위해 동맹국들과 긴밀히 협력하기로 약속하며 민주주의와 평화의 수호자로서 입지를 굳건히 하고 있다.

    2025년에 열리는 다음 고위급 EDSCG 회의는 이번 핵심 논의를 더욱 발전시켜 지속적인 협력을 이어갈 예정이다.

    한편 안보 지형이 빠르게 변화하는 세계에서 한미 양국의 확장억제 전략은 인도·태평양 지역 안정의 등불 역할을 하고 있다.

    아울러 양국의 변함없는 동반자 관계는 북한과 그 지지 세력에 어떠한 도발에도 반드시 대응이 뒤따른다는 분명한 메시지를 보낸다. 또한 한목소리를 내는 양국의 공조는 잠재적 위협을 효과적으로 억제해 역내 안전을 높이는 데 기여한다.

    출처: THX News 및 미국 국무부.

    """##

  /// The seed briefing in tl, as plain text.
  static let seedText_tl = ##"""
    Pinalalim ng Estados Unidos at South Korea ang kanilang alyansang pandepensa sa isang pulong sa Washington ngayong araw. Dinaluhan ng matataas na opisyal ng dalawang bansa ang ikalimang pulong ng Extended Deterrence Strategy and Consultation Group (EDSCG), bilang pagpapatibay sa kanilang pangakong harapin ang lumalalang banta ng nuclear at missile ng North Korea at tiyakin ang seguridad ng rehiyon.
    Pagsusulong ng Seguridad sa Pamamagitan ng Deterrence
    Sa mahalagang pulong na ito, tinalakay ng mga kinatawan ng Estados Unidos at ng Republika ng Korea (ROK) ang mabibigat na bantang dulot ng mga paglulunsad ng missile at pagpapaunlad ng armas ng North Korea. Muling pinagtibay ng dalawang panig ang kanilang matatag na pangako sa extended deterrence.
    Habang patuloy na nilalabag ng North Korea ang mga resolusyon ng United Nations Security Council, nananatiling pangunahing haligi ang alyansang ito sa pagtiyak ng kapayapaan at katatagan sa buong Korean Peninsula.
    Binigyang-diin ng delegasyon ng Estados Unidos, sa pangunguna nina Under Secretary of State Bonnie Jenkins at Acting Deputy Under Secretary of Defense Cara Abercrombie, ang pangangailangan sa matibay na koordinasyon. Ganito rin ang ipinahayag ng kanilang mga katapat mula sa South Korea, kabilang si First Vice Minister of Foreign Affairs Kim Hong Kyun.
    Tinalakay sa pulong kung paano pa mapauunlad ang mga nagawa mula nang ilabas ang Deklarasyon ng Washington noong Abril 2023, na naglatag ng balangkas para sa mas pinaigting na pagtutulungang pandepensa ng dalawang bansa.
    Pagtugon sa mga Probokasyon ng North Korea
    Kapwa kinondena ng Estados Unidos at South Korea ang patuloy na pagsubok ng missile ng North Korea at ang pagpapaunlad nito ng mga armas na pamuksa nang maramihan (WMD). Lalo ring tumindi ang tensiyon dahil sa mga insidente kamakailan sa kahabaan ng Demilitarized Zone (DMZ), kaya lumaki ang pangamba na hindi sinasadyang sumiklab ang mas malawak na sigalot. Bilang tugon:
    - Muling pinagtibay ng dalawang bansa ang kanilang pangako sa denuclearization ng Korean Peninsula.
    - Tinalakay rin ang magkasanib na hakbang laban sa pag-iwas ng North Korea sa mga parusa at sa mapaminsala nitong mga gawaing pang-cyber, at pinagtuunan ang paghihigpit ng pandaigdigang panggigipit sa rehimen.
    Mas Malawak na Implikasyon sa Seguridad
    Bukod sa pagtugon sa mga hakbang ng North Korea na nagpapagulo sa rehiyon, binigyang-diin din ng pulong ang pagkakaugnay ng seguridad sa mga rehiyon ng Indo-Pacific at Euro-Atlantic.
    Sa paglitaw ng mga bagong banta sa seguridad sa buong mundo, kinilala ng Estados Unidos at ROK ang kahalagahan ng paggamit ng makabagong teknolohiya sa kanilang mga estratehiyang pandepensa.
    Kabilang dito ang paggamit ng artificial intelligence, depensang pang-cyber at mga sistema sa pagtukoy ng missile upang mapanatili ang estratehikong kalamangan.
    Mga Napagkasunduang Larangang Tututukan | Mga Detalye |
    ---|---|
    Depensa Laban sa Missile | Pagpapalakas ng mga sistema ng depensa laban sa missile upang harapin ang lumalaking arsenal ng North Korea |
    Seguridad sa Cyberspace | Pagharap sa mga kakayahang pang-cyber ng DPRK at pangangalaga sa mahahalagang imprastraktura |
    Postura Nuclear | Pagpapaigting ng nuclear deterrence upang mapanatag ang mga kaalyado at mapigilan ang paglala ng tensiyon |
    Matatag na mga Alyansa sa Isang Magulong Mundo
    Nananatiling mahalaga ang alyansang U.S.-ROK sa harap ng mga di-inaasahang banta sa rehiyon. Sa pangako ng dalawang bansa na makikipagtulungan nang mahigpit sa mga kaalyado upang labanan ang maling impormasyon at panghihimasok ng mga dayuhan, lalo nilang pinatatatag ang kanilang katayuan bilang mga tagapagtanggol ng demokrasya at kapayapaan.
    Sa susunod na pulong ng matataas na opisyal ng EDSCG sa 2025, lalo pang pauunlarin ang mahahalagang talakayang ito upang matiyak ang tuloy-tuloy na pagtutulungan.
    Samantala, sa isang mundong mabilis na nagbabago ang kalagayan ng seguridad, nagsisilbing tanglaw ng katatagan sa Indo-Pacific ang estratehiya ng extended deterrence ng Estados Unidos at South Korea.
    Dagdag pa rito, nagpapadala ang kanilang pangmatagalang pagtutulungan ng malinaw na mensahe sa North Korea at sa mga tagasuporta nito—na hindi palalampasin ang anumang agresyon. Bukod dito, mabisang napipigilan ng nagkakaisang hanay na ito ang mga posibleng banta, kaya natitiyak ang mas ligtas na rehiyon.
    Mga Pinagkunan: THX News at US Department of State.

    """##

  /// The seed briefing in ko, as plain text.
  static let seedText_ko = ##"""
    한미 양국이 오늘 워싱턴에서 열린 회의에서 방위 동맹을 한층 강화했다. 양국 고위 당국자들은 제5차 한미 확장억제전략협의체(EDSCG) 회의에 모여 고조되는 북한의 핵·미사일 위협에 대응하고 역내 안보를 확보하겠다는 의지를 다졌다.
    억제를 통한 안보 강화
    이번 회의에서 한미 양국 대표단은 북한의 미사일 발사와 무기 개발로 인한 시급한 위협을 논의했다. 양측은 확장억제에 대한 철통같은 공약을 재확인했다.
    북한이 유엔 안전보장이사회 결의를 계속 위반하는 가운데, 이 동맹은 한반도 전역의 평화와 안정을 보장하는 핵심 축으로 남아 있다.
    보니 젠킨스 국무부 군비통제·국제안보 차관과 카라 애버크롬비 국방부 정책부차관 대행이 이끄는 미국 대표단은 긴밀한 공조의 필요성을 강조했다. 김홍균 외교부 제1차관 등 한국 측 대표단도 같은 입장을 밝혔다.
    이번 회의는 양국 간 방위 협력 강화의 틀을 마련한 2023년 4월 워싱턴 선언 이후의 진전을 토대로 논의를 한층 확대했다.
    북한 도발에 대한 대응
    한미 양국은 북한의 계속되는 미사일 시험 발사와 대량살상무기(WMD) 개발을 규탄했다. 최근 비무장지대(DMZ)에서 잇따른 사건들도 긴장을 고조시켜 우발적 확전에 대한 우려를 키웠다. 이에 대한 양측의 대응은 다음과 같다.
    - 양국은 한반도 비핵화에 대한 공약을 재확인했다.
    - 북한의 제재 회피와 악의적 사이버 활동에 대응하기 위한 공동의 노력도 논의됐으며, 북한 정권에 대한 국제사회의 압박을 강화하는 데 초점이 맞춰졌다.
    더 넓은 안보적 함의
    이번 회의에서는 북한의 불안정 조성 행위에 대한 대응과 더불어 인도·태평양 지역과 유럽·대서양 지역 안보의 상호 연계성도 부각됐다.
    전 세계적으로 새로운 안보 위협이 대두되는 가운데, 한미 양국은 첨단 기술을 국방 전략에 접목하는 것이 중요하다는 데 인식을 같이했다.
    여기에는 전략적 우위를 유지하기 위해 인공지능(AI), 사이버 방어, 미사일 탐지 체계를 활용하는 방안이 포함된다.
    합의된 중점 분야 | 세부 내용 |
    ---|---|
    미사일 방어 | 날로 늘어나는 북한의 무기 전력에 대응하기 위한 미사일 방어 체계 강화 |
    사이버 안보 | 북한의 사이버 역량 대응 및 핵심 기반시설 보호 |
    핵 태세 | 동맹국을 안심시키고 확전을 억지하기 위한 핵 억제력 강화 |
    불안정한 세계 속 굳건한 동맹
    예측할 수 없는 역내 위협 속에서 한미동맹은 여전히 필수적이다. 양국은 허위정보와 외국의 간섭에 대응하기 위해 동맹국들과 긴밀히 협력하기로 약속하며 민주주의와 평화의 수호자로서 입지를 굳건히 하고 있다.
    2025년에 열리는 다음 고위급 EDSCG 회의는 이번 핵심 논의를 더욱 발전시켜 지속적인 협력을 이어갈 예정이다.
    한편 안보 지형이 빠르게 변화하는 세계에서 한미 양국의 확장억제 전략은 인도·태평양 지역 안정의 등불 역할을 하고 있다.
    아울러 양국의 변함없는 동반자 관계는 북한과 그 지지 세력에 어떠한 도발에도 반드시 대응이 뒤따른다는 분명한 메시지를 보낸다. 또한 한목소리를 내는 양국의 공조는 잠재적 위협을 효과적으로 억제해 역내 안전을 높이는 데 기여한다.
    출처: THX News 및 미국 국무부.

    """##
}
