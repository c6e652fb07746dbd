/// Country names (ISO 3166-1 alpha-2) in every packet language: one table for the
/// brochure, the pages, the form's drop-downs and the match reasons.
public enum CountryNames {
    /// The name of `code` in `language`; the English name, then the code itself when
    /// unknown (an unknown or newly assigned code is shown, never dropped).
    public static func name(_ code: String, _ language: String) -> String {
        table.value(code, language) ?? table.value(code, "en") ?? code
    }

    /// Every code the table names, in its order.
    public static var codes: [String] { table.keys }

    /// All 249 codes of `ISOCountry.codes` × fr en es ar pt (pt is Brazilian usage).
    ///
    /// Source: Unicode CLDR territory names, as shipped in the ICU data of the
    /// Swift 6.3 toolchain's Foundation; generated once and frozen here so the
    /// output never changes with the toolchain. Generator (swiftc, then run with
    /// the codes): `for c in codes { print(([c] + ["fr","en","es","ar","pt"].map {
    /// Locale(identifier: $0).localizedString(forRegionCode: c)! }).joined(separator: "\t")) }`.
    /// Edited by hand: GS in English (CLDR's short "So. Georgia & So. Sandwich Isl.").
    package static let table = TranslationTable("""
    AD	Andorre	Andorra	Andorra	أندورا	Andorra
    AE	Émirats arabes unis	United Arab Emirates	Emiratos Árabes Unidos	الإمارات العربية المتحدة	Emirados Árabes Unidos
    AF	Afghanistan	Afghanistan	Afganistán	أفغانستان	Afeganistão
    AG	Antigua-et-Barbuda	Antigua & Barbuda	Antigua y Barbuda	أنتيغوا وبربودا	Antígua e Barbuda
    AI	Anguilla	Anguilla	Anguila	أنغويلا	Anguila
    AL	Albanie	Albania	Albania	ألبانيا	Albânia
    AM	Arménie	Armenia	Armenia	أرمينيا	Armênia
    AO	Angola	Angola	Angola	أنغولا	Angola
    AQ	Antarctique	Antarctica	Antártida	أنتاركتيكا	Antártida
    AR	Argentine	Argentina	Argentina	الأرجنتين	Argentina
    AS	Samoa américaines	American Samoa	Samoa Americana	ساموا الأمريكية	Samoa Americana
    AT	Autriche	Austria	Austria	النمسا	Áustria
    AU	Australie	Australia	Australia	أستراليا	Austrália
    AW	Aruba	Aruba	Aruba	أروبا	Aruba
    AX	Îles Åland	Åland Islands	Islas Aland	جزر آلاند	Ilhas Aland
    AZ	Azerbaïdjan	Azerbaijan	Azerbaiyán	أذربيجان	Azerbaijão
    BA	Bosnie-Herzégovine	Bosnia & Herzegovina	Bosnia y Herzegovina	البوسنة والهرسك	Bósnia e Herzegovina
    BB	Barbade	Barbados	Barbados	بربادوس	Barbados
    BD	Bangladesh	Bangladesh	Bangladés	بنغلاديش	Bangladesh
    BE	Belgique	Belgium	Bélgica	بلجيكا	Bélgica
    BF	Burkina Faso	Burkina Faso	Burkina Faso	بوركينا فاسو	Burquina Faso
    BG	Bulgarie	Bulgaria	Bulgaria	بلغاريا	Bulgária
    BH	Bahreïn	Bahrain	Baréin	البحرين	Barein
    BI	Burundi	Burundi	Burundi	بوروندي	Burundi
    BJ	Bénin	Benin	Benín	بنين	Benin
    BL	Saint-Barthélemy	St. Barthélemy	San Bartolomé	سان بارتليمي	São Bartolomeu
    BM	Bermudes	Bermuda	Bermudas	برمودا	Bermudas
    BN	Brunei	Brunei	Brunéi	بروناي	Brunei
    BO	Bolivie	Bolivia	Bolivia	بوليفيا	Bolívia
    BQ	Pays-Bas caribéens	Caribbean Netherlands	Caribe neerlandés	هولندا الكاريبية	Países Baixos Caribenhos
    BR	Brésil	Brazil	Brasil	البرازيل	Brasil
    BS	Bahamas	Bahamas	Bahamas	جزر البهاما	Bahamas
    BT	Bhoutan	Bhutan	Bután	بوتان	Butão
    BV	Île Bouvet	Bouvet Island	Isla Bouvet	جزيرة بوفيه	Ilha Bouvet
    BW	Botswana	Botswana	Botsuana	بوتسوانا	Botsuana
    BY	Biélorussie	Belarus	Bielorrusia	بيلاروس	Bielorrússia
    BZ	Belize	Belize	Belice	بليز	Belize
    CA	Canada	Canada	Canadá	كندا	Canadá
    CC	Îles Cocos	Cocos (Keeling) Islands	Islas Cocos	جزر كوكوس (كيلينغ)	Ilhas Cocos (Keeling)
    CD	Congo-Kinshasa	Congo - Kinshasa	República Democrática del Congo	الكونغو - كينشاسا	Congo - Kinshasa
    CF	République centrafricaine	Central African Republic	República Centroafricana	جمهورية أفريقيا الوسطى	República Centro-Africana
    CG	Congo-Brazzaville	Congo - Brazzaville	Congo	الكونغو - برازافيل	República do Congo
    CH	Suisse	Switzerland	Suiza	سويسرا	Suíça
    CI	Côte d’Ivoire	Côte d’Ivoire	Côte d’Ivoire	ساحل العاج	Côte d’Ivoire
    CK	Îles Cook	Cook Islands	Islas Cook	جزر كوك	Ilhas Cook
    CL	Chili	Chile	Chile	تشيلي	Chile
    CM	Cameroun	Cameroon	Camerún	الكاميرون	Camarões
    CN	Chine	China	China	الصين	China
    CO	Colombie	Colombia	Colombia	كولومبيا	Colômbia
    CR	Costa Rica	Costa Rica	Costa Rica	كوستاريكا	Costa Rica
    CU	Cuba	Cuba	Cuba	كوبا	Cuba
    CV	Cap-Vert	Cape Verde	Cabo Verde	الرأس الأخضر	Cabo Verde
    CW	Curaçao	Curaçao	Curazao	كوراساو	Curaçau
    CX	Île Christmas	Christmas Island	Isla de Navidad	جزيرة كريسماس	Ilha Christmas
    CY	Chypre	Cyprus	Chipre	قبرص	Chipre
    CZ	Tchéquie	Czechia	Chequia	التشيك	Tchéquia
    DE	Allemagne	Germany	Alemania	ألمانيا	Alemanha
    DJ	Djibouti	Djibouti	Yibuti	جيبوتي	Djibuti
    DK	Danemark	Denmark	Dinamarca	الدانمرك	Dinamarca
    DM	Dominique	Dominica	Dominica	دومينيكا	Dominica
    DO	République dominicaine	Dominican Republic	República Dominicana	جمهورية الدومينيكان	República Dominicana
    DZ	Algérie	Algeria	Argelia	الجزائر	Argélia
    EC	Équateur	Ecuador	Ecuador	الإكوادور	Equador
    EE	Estonie	Estonia	Estonia	إستونيا	Estônia
    EG	Égypte	Egypt	Egipto	مصر	Egito
    EH	Sahara occidental	Western Sahara	Sáhara Occidental	الصحراء الغربية	Saara Ocidental
    ER	Érythrée	Eritrea	Eritrea	إريتريا	Eritreia
    ES	Espagne	Spain	España	إسبانيا	Espanha
    ET	Éthiopie	Ethiopia	Etiopía	إثيوبيا	Etiópia
    FI	Finlande	Finland	Finlandia	فنلندا	Finlândia
    FJ	Fidji	Fiji	Fiyi	فيجي	Fiji
    FK	Îles Malouines	Falkland Islands	Islas Malvinas	جزر فوكلاند	Ilhas Malvinas
    FM	Micronésie	Micronesia	Micronesia	ميكرونيزيا	Micronésia
    FO	Îles Féroé	Faroe Islands	Islas Feroe	جزر فارو	Ilhas Faroé
    FR	France	France	Francia	فرنسا	França
    GA	Gabon	Gabon	Gabón	الغابون	Gabão
    GB	Royaume-Uni	United Kingdom	Reino Unido	المملكة المتحدة	Reino Unido
    GD	Grenade	Grenada	Granada	غرينادا	Granada
    GE	Géorgie	Georgia	Georgia	جورجيا	Geórgia
    GF	Guyane française	French Guiana	Guayana Francesa	غويانا الفرنسية	Guiana Francesa
    GG	Guernesey	Guernsey	Guernesey	غيرنزي	Guernsey
    GH	Ghana	Ghana	Ghana	غانا	Gana
    GI	Gibraltar	Gibraltar	Gibraltar	جبل طارق	Gibraltar
    GL	Groenland	Greenland	Groenlandia	غرينلاند	Groenlândia
    GM	Gambie	Gambia	Gambia	غامبيا	Gâmbia
    GN	Guinée	Guinea	Guinea	غينيا	Guiné
    GP	Guadeloupe	Guadeloupe	Guadalupe	غوادلوب	Guadalupe
    GQ	Guinée équatoriale	Equatorial Guinea	Guinea Ecuatorial	غينيا الاستوائية	Guiné Equatorial
    GR	Grèce	Greece	Grecia	اليونان	Grécia
    GS	Géorgie du Sud-et-les Îles Sandwich du Sud	South Georgia and the South Sandwich Islands	Islas Georgia del Sur y Sandwich del Sur	جورجيا الجنوبية وجزر ساندويتش الجنوبية	Ilhas Geórgia do Sul e Sandwich do Sul
    GT	Guatemala	Guatemala	Guatemala	غواتيمالا	Guatemala
    GU	Guam	Guam	Guam	غوام	Guam
    GW	Guinée-Bissau	Guinea-Bissau	Guinea-Bisáu	غينيا بيساو	Guiné-Bissau
    GY	Guyana	Guyana	Guyana	غيانا	Guiana
    HK	Hong Kong	Hong Kong	Hong Kong	هونج كونج	Hong Kong
    HM	Îles Heard-et-MacDonald	Heard & McDonald Islands	Islas Heard y McDonald	جزيرة هيرد وجزر ماكدونالد	Ilhas Heard e McDonald
    HN	Honduras	Honduras	Honduras	هندوراس	Honduras
    HR	Croatie	Croatia	Croacia	كرواتيا	Croácia
    HT	Haïti	Haiti	Haití	هايتي	Haiti
    HU	Hongrie	Hungary	Hungría	هنغاريا	Hungria
    ID	Indonésie	Indonesia	Indonesia	إندونيسيا	Indonésia
    IE	Irlande	Ireland	Irlanda	أيرلندا	Irlanda
    IL	Israël	Israel	Israel	إسرائيل	Israel
    IM	Île de Man	Isle of Man	Isla de Man	جزيرة مان	Ilha de Man
    IN	Inde	India	India	الهند	Índia
    IO	Archipel des Chagos	Chagos Archipelago	Archipiélago de Chagos	أرخببيل تشاغوس	Arquipélago de Chagos
    IQ	Irak	Iraq	Irak	العراق	Iraque
    IR	Iran	Iran	Irán	إيران	Irã
    IS	Islande	Iceland	Islandia	آيسلندا	Islândia
    IT	Italie	Italy	Italia	إيطاليا	Itália
    JE	Jersey	Jersey	Jersey	جيرسي	Jersey
    JM	Jamaïque	Jamaica	Jamaica	جامايكا	Jamaica
    JO	Jordanie	Jordan	Jordania	الأردن	Jordânia
    JP	Japon	Japan	Japón	اليابان	Japão
    KE	Kenya	Kenya	Kenia	كينيا	Quênia
    KG	Kirghizstan	Kyrgyzstan	Kirguistán	قيرغيزستان	Quirguistão
    KH	Cambodge	Cambodia	Camboya	كمبوديا	Camboja
    KI	Kiribati	Kiribati	Kiribati	كيريباتي	Quiribati
    KM	Comores	Comoros	Comoras	جزر القمر	Comores
    KN	Saint-Christophe-et-Niévès	St. Kitts & Nevis	San Cristóbal y Nieves	سانت كيتس ونيفيس	São Cristóvão e Névis
    KP	Corée du Nord	North Korea	Corea del Norte	كوريا الشمالية	Coreia do Norte
    KR	Corée du Sud	South Korea	Corea del Sur	كوريا الجنوبية	Coreia do Sul
    KW	Koweït	Kuwait	Kuwait	الكويت	Kuwait
    KY	Îles Caïmans	Cayman Islands	Islas Caimán	جزر كايمان	Ilhas Cayman
    KZ	Kazakhstan	Kazakhstan	Kazajistán	كازاخستان	Cazaquistão
    LA	Laos	Laos	Laos	لاوس	Laos
    LB	Liban	Lebanon	Líbano	لبنان	Líbano
    LC	Sainte-Lucie	St. Lucia	Santa Lucía	سانت لوسيا	Santa Lúcia
    LI	Liechtenstein	Liechtenstein	Liechtenstein	ليختنشتاين	Liechtenstein
    LK	Sri Lanka	Sri Lanka	Sri Lanka	سريلانكا	Sri Lanka
    LR	Liberia	Liberia	Liberia	ليبيريا	Libéria
    LS	Lesotho	Lesotho	Lesoto	ليسوتو	Lesoto
    LT	Lituanie	Lithuania	Lituania	ليتوانيا	Lituânia
    LU	Luxembourg	Luxembourg	Luxemburgo	لوكسمبورغ	Luxemburgo
    LV	Lettonie	Latvia	Letonia	لاتفيا	Letônia
    LY	Libye	Libya	Libia	ليبيا	Líbia
    MA	Maroc	Morocco	Marruecos	المغرب	Marrocos
    MC	Monaco	Monaco	Mónaco	موناكو	Mônaco
    MD	Moldavie	Moldova	Moldavia	مولدوفا	Moldávia
    ME	Monténégro	Montenegro	Montenegro	الجبل الأسود	Montenegro
    MF	Saint-Martin	St. Martin	San Martín	سان مارتن	Saint-Martin
    MG	Madagascar	Madagascar	Madagascar	مدغشقر	Madagascar
    MH	Îles Marshall	Marshall Islands	Islas Marshall	جزر مارشال	Ilhas Marshall
    MK	Macédoine du Nord	North Macedonia	Macedonia del Norte	مقدونيا الشمالية	Macedônia do Norte
    ML	Mali	Mali	Mali	مالي	Mali
    MM	Myanmar (Birmanie)	Myanmar (Burma)	Myanmar (Birmania)	ميانمار (بورما)	Mianmar (Birmânia)
    MN	Mongolie	Mongolia	Mongolia	منغوليا	Mongólia
    MO	Macao	Macao	Macao	ماكاو	Macau
    MP	Îles Mariannes du Nord	Northern Mariana Islands	Islas Marianas del Norte	جزر ماريانا الشمالية	Ilhas Marianas do Norte
    MQ	Martinique	Martinique	Martinica	جزر المارتينيك	Martinica
    MR	Mauritanie	Mauritania	Mauritania	موريتانيا	Mauritânia
    MS	Montserrat	Montserrat	Montserrat	مونتسرات	Montserrat
    MT	Malte	Malta	Malta	مالطا	Malta
    MU	Maurice	Mauritius	Mauricio	موريشيوس	Maurício
    MV	Maldives	Maldives	Maldivas	جزر المالديف	Maldivas
    MW	Malawi	Malawi	Malaui	ملاوي	Malaui
    MX	Mexique	Mexico	México	المكسيك	México
    MY	Malaisie	Malaysia	Malasia	ماليزيا	Malásia
    MZ	Mozambique	Mozambique	Mozambique	موزمبيق	Moçambique
    NA	Namibie	Namibia	Namibia	ناميبيا	Namíbia
    NC	Nouvelle-Calédonie	New Caledonia	Nueva Caledonia	كاليدونيا الجديدة	Nova Caledônia
    NE	Niger	Niger	Níger	النيجر	Níger
    NF	Île Norfolk	Norfolk Island	Isla Norfolk	جزيرة نورفولك	Ilha Norfolk
    NG	Nigeria	Nigeria	Nigeria	نيجيريا	Nigéria
    NI	Nicaragua	Nicaragua	Nicaragua	نيكاراغوا	Nicarágua
    NL	Pays-Bas	Netherlands	Países Bajos	هولندا	Países Baixos
    NO	Norvège	Norway	Noruega	النرويج	Noruega
    NP	Népal	Nepal	Nepal	نيبال	Nepal
    NR	Nauru	Nauru	Nauru	ناورو	Nauru
    NU	Niue	Niue	Niue	نيوي	Niue
    NZ	Nouvelle-Zélande	New Zealand	Nueva Zelanda	نيوزيلندا	Nova Zelândia
    OM	Oman	Oman	Omán	عُمان	Omã
    PA	Panama	Panama	Panamá	بنما	Panamá
    PE	Pérou	Peru	Perú	بيرو	Peru
    PF	Polynésie française	French Polynesia	Polinesia Francesa	بولينيزيا الفرنسية	Polinésia Francesa
    PG	Papouasie-Nouvelle-Guinée	Papua New Guinea	Papúa Nueva Guinea	بابوا غينيا الجديدة	Papua-Nova Guiné
    PH	Philippines	Philippines	Filipinas	الفلبين	Filipinas
    PK	Pakistan	Pakistan	Pakistán	باكستان	Paquistão
    PL	Pologne	Poland	Polonia	بولندا	Polônia
    PM	Saint-Pierre-et-Miquelon	St. Pierre & Miquelon	San Pedro y Miquelón	سان بيير ومكويلون	São Pedro e Miquelão
    PN	Îles Pitcairn	Pitcairn Islands	Islas Pitcairn	جزر بيتكيرن	Ilhas Pitcairn
    PR	Porto Rico	Puerto Rico	Puerto Rico	بورتوريكو	Porto Rico
    PS	Territoires palestiniens	Palestinian Territories	Territorios Palestinos	الأراضي الفلسطينية	Territórios palestinos
    PT	Portugal	Portugal	Portugal	البرتغال	Portugal
    PW	Palaos	Palau	Palaos	بالاو	Palau
    PY	Paraguay	Paraguay	Paraguay	باراغواي	Paraguai
    QA	Qatar	Qatar	Catar	قطر	Catar
    RE	La Réunion	Réunion	Reunión	روينيون	Reunião
    RO	Roumanie	Romania	Rumanía	رومانيا	Romênia
    RS	Serbie	Serbia	Serbia	صربيا	Sérvia
    RU	Russie	Russia	Rusia	روسيا	Rússia
    RW	Rwanda	Rwanda	Ruanda	رواندا	Ruanda
    SA	Arabie saoudite	Saudi Arabia	Arabia Saudí	المملكة العربية السعودية	Arábia Saudita
    SB	Îles Salomon	Solomon Islands	Islas Salomón	جزر سليمان	Ilhas Salomão
    SC	Seychelles	Seychelles	Seychelles	سيشل	Seicheles
    SD	Soudan	Sudan	Sudán	السودان	Sudão
    SE	Suède	Sweden	Suecia	السويد	Suécia
    SG	Singapour	Singapore	Singapur	سنغافورة	Singapura
    SH	Sainte-Hélène	St. Helena	Santa Elena	سانت هيلينا	Santa Helena
    SI	Slovénie	Slovenia	Eslovenia	سلوفينيا	Eslovênia
    SJ	Svalbard et Jan Mayen	Svalbard & Jan Mayen	Svalbard y Jan Mayen	سفالبارد وجان ماين	Svalbard e Jan Mayen
    SK	Slovaquie	Slovakia	Eslovaquia	سلوفاكيا	Eslováquia
    SL	Sierra Leone	Sierra Leone	Sierra Leona	سيراليون	Serra Leoa
    SM	Saint-Marin	San Marino	San Marino	سان مارينو	San Marino
    SN	Sénégal	Senegal	Senegal	السنغال	Senegal
    SO	Somalie	Somalia	Somalia	الصومال	Somália
    SR	Suriname	Suriname	Surinam	سورينام	Suriname
    SS	Soudan du Sud	South Sudan	Sudán del Sur	جنوب السودان	Sudão do Sul
    ST	Sao Tomé-et-Principe	São Tomé & Príncipe	Santo Tomé y Príncipe	ساو تومي وبرينسيبي	São Tomé e Príncipe
    SV	Salvador	El Salvador	El Salvador	السلفادور	El Salvador
    SX	Saint-Martin (partie néerlandaise)	Sint Maarten	Sint Maarten	سانت مارتن	Sint Maarten
    SY	Syrie	Syria	Siria	سوريا	Síria
    SZ	Eswatini	Eswatini	Esuatini	إسواتيني	Essuatíni
    TC	Îles Turques-et-Caïques	Turks & Caicos Islands	Islas Turcas y Caicos	جزر توركس وكايكوس	Ilhas Turcas e Caicos
    TD	Tchad	Chad	Chad	تشاد	Chade
    TF	Terres australes françaises	French Southern Territories	Territorios Australes Franceses	الأقاليم الجنوبية الفرنسية	Territórios Franceses do Sul
    TG	Togo	Togo	Togo	توغو	Togo
    TH	Thaïlande	Thailand	Tailandia	تايلاند	Tailândia
    TJ	Tadjikistan	Tajikistan	Tayikistán	طاجيكستان	Tadjiquistão
    TK	Tokelau	Tokelau	Tokelau	توكيلاو	Tokelau
    TL	Timor oriental	Timor-Leste	Timor Oriental	تيمور - ليشتي	Timor-Leste
    TM	Turkménistan	Turkmenistan	Turkmenistán	تركمانستان	Turcomenistão
    TN	Tunisie	Tunisia	Túnez	تونس	Tunísia
    TO	Tonga	Tonga	Tonga	تونغا	Tonga
    TR	Turquie	Türkiye	Turquía	تركيا	Turquia
    TT	Trinité-et-Tobago	Trinidad & Tobago	Trinidad y Tobago	ترينيداد وتوباغو	Trinidad e Tobago
    TV	Tuvalu	Tuvalu	Tuvalu	توفالو	Tuvalu
    TW	Taïwan	Taiwan	Taiwán	تايوان	Taiwan
    TZ	Tanzanie	Tanzania	Tanzania	تنزانيا	Tanzânia
    UA	Ukraine	Ukraine	Ucrania	أوكرانيا	Ucrânia
    UG	Ouganda	Uganda	Uganda	أوغندا	Uganda
    UM	Îles mineures éloignées des É.-U.	U.S. Outlying Islands	Islas menores alejadas de EE. UU.	جزر الولايات المتحدة النائية	Ilhas Menores Distantes dos EUA
    US	États-Unis	United States	Estados Unidos	الولايات المتحدة	Estados Unidos
    UY	Uruguay	Uruguay	Uruguay	أورغواي	Uruguai
    UZ	Ouzbékistan	Uzbekistan	Uzbekistán	أوزبكستان	Uzbequistão
    VA	État de la Cité du Vatican	Vatican City	Ciudad del Vaticano	الفاتيكان	Cidade do Vaticano
    VC	Saint-Vincent-et-les Grenadines	St. Vincent & Grenadines	San Vicente y las Granadinas	سانت فنسنت وجزر غرينادين	São Vicente e Granadinas
    VE	Venezuela	Venezuela	Venezuela	فنزويلا	Venezuela
    VG	Îles Vierges britanniques	British Virgin Islands	Islas Vírgenes Británicas	جزر فيرجن البريطانية	Ilhas Virgens Britânicas
    VI	Îles Vierges des États-Unis	U.S. Virgin Islands	Islas Vírgenes de EE. UU.	جزر فيرجن الأمريكية	Ilhas Virgens Americanas
    VN	Viêt Nam	Vietnam	Vietnam	فيتنام	Vietnã
    VU	Vanuatu	Vanuatu	Vanuatu	فانواتو	Vanuatu
    WF	Wallis-et-Futuna	Wallis & Futuna	Wallis y Futuna	جزر والس وفوتونا	Wallis e Futuna
    WS	Samoa	Samoa	Samoa	ساموا	Samoa
    YE	Yémen	Yemen	Yemen	اليمن	Iêmen
    YT	Mayotte	Mayotte	Mayotte	مايوت	Mayotte
    ZA	Afrique du Sud	South Africa	Sudáfrica	جنوب أفريقيا	África do Sul
    ZM	Zambie	Zambia	Zambia	زامبيا	Zâmbia
    ZW	Zimbabwe	Zimbabwe	Zimbabue	زيمبابوي	Zimbábue
    """)
}
