extension MessageTables {
    /// Why a supplier ranks where it does for a buyer's need, as whole sentences in
    /// every packet language (buyer-facing: the brochure's and the page's matches).
    ///
    /// Counted sentences have one key per ``PluralCategory/keyed`` category; a language
    /// without that form repeats its plural. Arabic's singular and dual name no number
    /// (`مرجع واحد`, `مرجعان`), as Arabic writes them. `{region}` is the
    /// `matchreason.region.*` phrase the sentence needs in that language (`in the Gulf`,
    /// `dans le Golfe`, `del Golfo`); countries and languages come from ``CountryNames``
    /// and ``LanguageNames``, capabilities from the taxonomy's labels.
    static let matchReasonTable = TranslationTable("""
    matchreason.capability.exact	{capability}, correspondance exacte	{capability}, exact	{capability}, coincidencia exacta	{capability}، تطابق تام	{capability}, correspondência exata
    matchreason.capability.descendant	{capability}, dans le domaine demandé	{capability}, within the need	{capability}, dentro de lo solicitado	{capability}، ضمن الاحتياج	{capability}, dentro da necessidade
    matchreason.capability.parent-area	{capability}, le secteur du besoin	{capability}, the need's area	{capability}, el área de la necesidad	{capability}، مجال الاحتياج	{capability}, a área da necessidade
    matchreason.references-country.one	{count} référence citable ({country})	{count} reference in {country}	{count} referencia en {country}	مرجع واحد في {country}	{count} referência citável ({country})
    matchreason.references-country.two	{count} références citables ({country})	{count} references in {country}	{count} referencias en {country}	مرجعان في {country}	{count} referências citáveis ({country})
    matchreason.references-country.few	{count} références citables ({country})	{count} references in {country}	{count} referencias en {country}	{count} مراجع في {country}	{count} referências citáveis ({country})
    matchreason.references-country.many	{count} références citables ({country})	{count} references in {country}	{count} referencias en {country}	{count} مرجعًا في {country}	{count} referências citáveis ({country})
    matchreason.references-country.other	{count} références citables ({country})	{count} references in {country}	{count} referencias en {country}	{count} مرجع في {country}	{count} referências citáveis ({country})
    matchreason.references-region.one	{count} référence ailleurs {region}	{count} reference elsewhere {region}	{count} referencia en otra parte {region}	مرجع واحد في مكان آخر من {region}	{count} referência em outra parte {region}
    matchreason.references-region.two	{count} références ailleurs {region}	{count} references elsewhere {region}	{count} referencias en otras partes {region}	مرجعان في مكان آخر من {region}	{count} referências em outras partes {region}
    matchreason.references-region.few	{count} références ailleurs {region}	{count} references elsewhere {region}	{count} referencias en otras partes {region}	{count} مراجع في مكان آخر من {region}	{count} referências em outras partes {region}
    matchreason.references-region.many	{count} références ailleurs {region}	{count} references elsewhere {region}	{count} referencias en otras partes {region}	{count} مرجعًا في مكان آخر من {region}	{count} referências em outras partes {region}
    matchreason.references-region.other	{count} références ailleurs {region}	{count} references elsewhere {region}	{count} referencias en otras partes {region}	{count} مرجع في مكان آخر من {region}	{count} referências em outras partes {region}
    matchreason.region.gulf	dans le Golfe	in the Gulf	del Golfo	منطقة الخليج	do Golfo
    matchreason.region.middle-east-north-africa	au Moyen-Orient et en Afrique du Nord	in the Middle East and North Africa	de Oriente Medio y el Norte de África	الشرق الأوسط وشمال أفريقيا	do Oriente Médio e do Norte da África
    matchreason.region.sub-saharan-africa	en Afrique subsaharienne	in Sub-Saharan Africa	del África subsahariana	أفريقيا جنوب الصحراء	da África Subsaariana
    matchreason.region.north-america	en Amérique du Nord	in North America	de América del Norte	أمريكا الشمالية	da América do Norte
    matchreason.region.central-america-caribbean	en Amérique centrale et dans les Caraïbes	in Central America and the Caribbean	de Centroamérica y el Caribe	أمريكا الوسطى والكاريبي	da América Central e do Caribe
    matchreason.region.south-america	en Amérique du Sud	in South America	de América del Sur	أمريكا الجنوبية	da América do Sul
    matchreason.region.nordic	dans les pays nordiques	in the Nordic countries	de los países nórdicos	بلدان الشمال الأوروبي	dos países nórdicos
    matchreason.region.europe	en Europe	in Europe	de Europa	أوروبا	da Europa
    matchreason.region.russia-central-asia	en Russie et en Asie centrale	in Russia and Central Asia	de Rusia y Asia Central	روسيا وآسيا الوسطى	da Rússia e da Ásia Central
    matchreason.region.south-asia	en Asie du Sud	in South Asia	de Asia del Sur	جنوب آسيا	do Sul da Ásia
    matchreason.region.east-asia	en Asie de l'Est	in East Asia	de Asia Oriental	شرق آسيا	do Leste Asiático
    matchreason.region.southeast-asia	en Asie du Sud-Est	in Southeast Asia	del Sudeste Asiático	جنوب شرق آسيا	do Sudeste Asiático
    matchreason.region.oceania	en Océanie	in Oceania	de Oceanía	أوقيانوسيا	da Oceania
    matchreason.export-experience	a déjà exporté ({country})	has exported to {country}	ha exportado a {country}	سبق له التصدير إلى {country}	já exportou ({country})
    matchreason.pursued-market	marché visé ({country})	pursues {country}	mercado objetivo: {country}	سوق مستهدفة: {country}	mercado-alvo: {country}
    matchreason.speaks	parle {languages}	speaks {languages}	habla {languages}	يتحدث {languages}	fala {languages}
    matchreason.certification	{scheme} valide	{scheme} valid	{scheme} vigente	{scheme} سارية	{scheme} válida
    matchreason.certification-until	{scheme} valide jusqu'en {month}	{scheme} valid to {month}	{scheme} vigente hasta {month}	{scheme} سارية حتى {month}	{scheme} válida até {month}
    matchreason.on-site.install	installe sur place	installs on site	instala en sitio	يتولى التركيب في الموقع	instala no local
    matchreason.on-site.maintain	entretient sur place	maintains on site	da mantenimiento en sitio	يتولى الصيانة في الموقع	faz manutenção no local
    matchreason.on-site.install-maintain	installe et entretient sur place	installs and maintains on site	instala y da mantenimiento en sitio	يتولى التركيب والصيانة في الموقع	instala e faz manutenção no local
    matchreason.on-site.roles	sur place : {roles}	on site: {roles}	en sitio: {roles}	في الموقع: {roles}	no local: {roles}
    """)
}
