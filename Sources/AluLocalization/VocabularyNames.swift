/// The catalogue's controlled vocabulary in every packet language: kinds of
/// organisation, roles, contacts' responsibilities, head-count bands, priorities,
/// industries, world regions, yes/no and the two kinds of market. One table for the
/// form's drop-downs, the brochure, the pages and the portal, so they cannot drift.
///
/// Keys are `family.code`, the code being the value the schema stores
/// (`kind.equipment-supplier`, `role.supply`, `employees.10-49`). This module knows no
/// catalogue type: typed conveniences live beside the enums' users.
public enum VocabularyNames {
    /// The wording of `key` in `language`; English, then the key itself, when absent.
    public static func name(_ key: String, _ language: String) -> String {
        table.value(key, language) ?? table.value(key, "en") ?? key
    }

    /// The wording of `code` in `family` (`name(family: "role", "supply", "fr")` is `Fourniture`).
    public static func name(family: String, _ code: String, _ language: String) -> String {
        name(family + "." + code, language)
    }

    /// The codes of `family`, in table order (the schema's order).
    public static func codes(_ family: String) -> [String] {
        let prefix = family + "."
        return table.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
    }

    /// Reads a value back: the code of `family` whose code, wording in any packet
    /// language, or older wording (``legacyWordings``) is `text`, compared without
    /// regard to case or surrounding white space; nil when none is.
    ///
    /// Older wordings keep forms written before the vocabulary was unified importable.
    public static func match(_ text: String, family: String) -> String? {
        let wanted = folded(text)
        guard !wanted.isEmpty else { return nil }
        for code in codes(family) {
            let key = family + "." + code
            if folded(code) == wanted { return code }
            if table.languages.contains(where: { table.value(key, $0).map(folded) == wanted }) { return code }
            if legacyWordings[key, default: []].contains(where: { folded($0) == wanted }) { return code }
        }
        return nil
    }

    /// Lower-cased, trimmed: how values are compared when read back.
    static func folded(_ text: String) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()).lowercased()
    }

    /// `key<TAB>fr<TAB>en<TAB>es<TAB>ar<TAB>pt`; the code after the family's dot is the stored value.
    ///
    /// Wordings chosen when the form's and the exports' lists were merged (issue 9):
    /// `Fournisseur d'équipement` (parallel to `Fournisseur de services`), `Fourniture`
    /// for the role (`Approvisionnement` read as purchasing, which is `Achats`),
    /// `Direction générale`, `Gestion de projets`, `Recherche et développement`, bands
    /// as phrases (`10 à 49 employés`), roles as nouns. es, ar and pt want a native
    /// speaker's review.
    package static let table = TranslationTable("""
    kind.equipment-supplier	Fournisseur d'équipement	Equipment supplier	Proveedor de equipos	مورد معدات	Fornecedor de equipamentos
    kind.manufacturer	Fabricant	Manufacturer	Fabricante	مُصنِّع	Fabricante
    kind.service-provider	Fournisseur de services	Service provider	Proveedor de servicios	مقدم خدمات	Prestador de serviços
    kind.research-training-centre	Centre de recherche ou de formation	Research or training centre	Centro de investigación o formación	مركز بحث أو تدريب	Centro de pesquisa ou formação
    role.design	Conception	Design	Diseño	التصميم	Projeto
    role.manufacture	Fabrication	Manufacture	Fabricación	التصنيع	Fabricação
    role.install	Installation	Installation	Instalación	التركيب	Instalação
    role.maintain	Entretien	Maintenance	Mantenimiento	الصيانة	Manutenção
    role.supply	Fourniture	Supply	Suministro	التوريد	Fornecimento
    responsibility.management	Direction générale	Management	Dirección general	الإدارة العامة	Direção geral
    responsibility.sales	Ventes	Sales	Ventas	المبيعات	Vendas
    responsibility.export-sales	Ventes à l'exportation	Export sales	Ventas de exportación	مبيعات التصدير	Vendas de exportação
    responsibility.engineering	Ingénierie	Engineering	Ingeniería	الهندسة	Engenharia
    responsibility.project-management	Gestion de projets	Project management	Gestión de proyectos	إدارة المشاريع	Gestão de projetos
    responsibility.after-sales	Service après-vente	After-sales service	Servicio posventa	خدمة ما بعد البيع	Pós-venda
    responsibility.quality	Qualité	Quality	Calidad	الجودة	Qualidade
    responsibility.purchasing	Achats	Purchasing	Compras	المشتريات	Compras
    responsibility.research	Recherche et développement	Research and development	Investigación y desarrollo	البحث والتطوير	Pesquisa e desenvolvimento
    responsibility.training	Formation	Training	Formación	التدريب	Treinamento
    responsibility.other	Autre	Other	Otra	أخرى	Outra
    employees.1-9	1 à 9 employés	1–9 employees	1 a 9 empleados	من 1 إلى 9 موظفين	1 a 9 funcionários
    employees.10-49	10 à 49 employés	10–49 employees	10 a 49 empleados	من 10 إلى 49 موظفًا	10 a 49 funcionários
    employees.50-99	50 à 99 employés	50–99 employees	50 a 99 empleados	من 50 إلى 99 موظفًا	50 a 99 funcionários
    employees.100-249	100 à 249 employés	100–249 employees	100 a 249 empleados	من 100 إلى 249 موظفًا	100 a 249 funcionários
    employees.250-499	250 à 499 employés	250–499 employees	250 a 499 empleados	من 250 إلى 499 موظفًا	250 a 499 funcionários
    employees.500+	500 employés et plus	500 employees or more	500 empleados o más	500 موظف أو أكثر	500 funcionários ou mais
    priority.high	Élevée	High	Alta	عالية	Alta
    priority.medium	Moyenne	Medium	Media	متوسطة	Média
    priority.low	Faible	Low	Baja	منخفضة	Baixa
    industry.primary-aluminium	Aluminium primaire	Primary aluminium	Aluminio primario	الألومنيوم الأولي	Alumínio primário
    industry.alumina-refining	Production d'alumine	Alumina refining	Refinación de alúmina	تكرير الألومينا	Refino de alumina
    industry.casting	Coulée	Casting	Colada	الصب	Lingotamento
    industry.rolling	Laminage	Rolling	Laminación	الدرفلة	Laminação
    industry.extrusion	Extrusion	Extrusion	Extrusión	البثق	Extrusão
    industry.foundry	Fonderie	Foundry	Fundición	المسابك	Fundição
    industry.forging	Forge	Forging	Forja	الحدادة	Forjamento
    industry.wire-cable	Fils et câbles	Wire and cable	Alambres y cables	الأسلاك والكابلات	Fios e cabos
    industry.recycling	Recyclage	Recycling	Reciclaje	إعادة التدوير	Reciclagem
    industry.transportation	Transport	Transportation	Transporte	النقل	Transporte
    industry.construction	Construction	Construction	Construcción	البناء	Construção
    industry.packaging	Emballage	Packaging	Envases y embalajes	التغليف	Embalagens
    industry.electrical	Électricité	Electrical	Sector eléctrico	الكهرباء	Setor elétrico
    industry.aerospace	Aérospatiale	Aerospace	Aeroespacial	الطيران والفضاء	Aeroespacial
    industry.energy	Énergie	Energy	Energía	الطاقة	Energia
    industry.mining	Mines	Mining	Minería	التعدين	Mineração
    worldregion.gulf	Golfe	Gulf	Golfo	الخليج	Golfo
    worldregion.middle-east-north-africa	Moyen-Orient et Afrique du Nord	Middle East and North Africa	Oriente Medio y Norte de África	الشرق الأوسط وشمال أفريقيا	Oriente Médio e Norte da África
    worldregion.sub-saharan-africa	Afrique subsaharienne	Sub-Saharan Africa	África subsahariana	أفريقيا جنوب الصحراء	África Subsaariana
    worldregion.north-america	Amérique du Nord	North America	América del Norte	أمريكا الشمالية	América do Norte
    worldregion.central-america-caribbean	Amérique centrale et Caraïbes	Central America and the Caribbean	Centroamérica y el Caribe	أمريكا الوسطى والكاريبي	América Central e Caribe
    worldregion.south-america	Amérique du Sud	South America	América del Sur	أمريكا الجنوبية	América do Sul
    worldregion.nordic	Pays nordiques	Nordic countries	Países nórdicos	بلدان الشمال الأوروبي	Países nórdicos
    worldregion.europe	Europe	Europe	Europa	أوروبا	Europa
    worldregion.russia-central-asia	Russie et Asie centrale	Russia and Central Asia	Rusia y Asia Central	روسيا وآسيا الوسطى	Rússia e Ásia Central
    worldregion.south-asia	Asie du Sud	South Asia	Asia del Sur	جنوب آسيا	Sul da Ásia
    worldregion.east-asia	Asie de l'Est	East Asia	Asia Oriental	شرق آسيا	Leste Asiático
    worldregion.southeast-asia	Asie du Sud-Est	Southeast Asia	Sudeste Asiático	جنوب شرق آسيا	Sudeste Asiático
    worldregion.oceania	Océanie	Oceania	Oceanía	أوقيانوسيا	Oceania
    answer.yes	oui	yes	sí	نعم	sim
    answer.no	non	no	no	لا	não
    market.export-experience	expérience	experience	experiencia	خبرة	experiência
    market.target	visé	target	objetivo	مستهدف	alvo
    """)

    /// Wordings forms and exports used before the two lists were merged (and the
    /// short answers people type), still read back by ``match(_:family:)``:
    /// `key<TAB>wording<TAB>wording…`.
    static let legacyWordings: [String: [String]] = {
        var result: [String: [String]] = [:]
        for line in """
        kind.equipment-supplier	Équipementier
        role.supply	Approvisionnement
        employees.1-9	1 à 9	1 to 9
        employees.10-49	10 à 49	10 to 49
        employees.50-99	50 à 99	50 to 99
        employees.100-249	100 à 249	100 to 249
        employees.250-499	250 à 499	250 to 499
        employees.500+	500 ou plus	500 or more
        responsibility.management	Direction
        responsibility.project-management	Gestion de projet
        responsibility.purchasing	Approvisionnement
        responsibility.research	Recherche	Research
        answer.yes	o	y	true	vrai	1
        answer.no	n	false	faux	0
        market.export-experience	exportExperience	export experience
        market.target	targetMarkets	target market
        """.split(separator: "\n") {
            let cells = line.split(separator: "\t").map { String($0.drop { $0 == " " }) }
            result[cells[0]] = Array(cells.dropFirst())
        }
        return result
    }()
}
