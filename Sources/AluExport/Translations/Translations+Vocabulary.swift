package import AluLocalization
public import AluCatalog

extension Translations {
    /// The name of a kind of organisation.
    public func kind(_ kind: SupplierKind) -> String { vocabulary("kind." + kind.rawValue) }

    /// The name of a role (design, manufacture…).
    public func role(_ role: Role) -> String { vocabulary("role." + role.rawValue) }

    /// Roles in their canonical order, joined with the language's list separator.
    public func roles(_ roles: [Role]) -> String { list(roles.sorted().map(role)) }

    public func responsibility(_ responsibility: Responsibility) -> String {
        vocabulary("responsibility." + responsibility.rawValue)
    }

    /// A head-count band as a phrase (`10 à 49 employés`).
    public func employees(_ band: EmployeeBand) -> String { vocabulary("employees." + band.rawValue) }

    public func priority(_ priority: Priority) -> String { vocabulary("priority." + priority.rawValue) }

    /// The region's official French name, in every language.
    ///
    /// Decision: the 17 names are proper names that appear as such on the
    /// supplier's address, on maps and in Québec government documents; there is
    /// no official Spanish, Portuguese or Arabic form, and an English form
    /// (`Montreal`, `Eastern Townships`) would not match the address. Arabic
    /// pages keep the Latin-script name too (isolated with `<bdi>` in HTML)
    /// rather than an ad-hoc transliteration a buyer could not look up.
    public func region(_ region: QuebecRegion) -> String { region.rawValue }

    /// Items joined with `, ` (`، ` in Arabic).
    public func list(_ items: [String]) -> String {
        items.joined(separator: language == "ar" ? "، " : ", ")
    }

    private func vocabulary(_ key: String) -> String {
        Self.vocabularyTable.value(key, language) ?? Self.vocabularyTable.value(key, "en") ?? key
    }

    /// Every vocabulary key the table must hold, derived from the enums.
    package static var vocabularyKeys: [String] {
        SupplierKind.allCases.map { "kind." + $0.rawValue } + Role.allCases.map { "role." + $0.rawValue }
            + Responsibility.allCases.map { "responsibility." + $0.rawValue }
            + EmployeeBand.allCases.map { "employees." + $0.rawValue } + Priority.allCases.map { "priority." + $0.rawValue }
    }

    package static let vocabularyTable = TranslationTable("""
    kind.equipment-supplier	Équipementier	Equipment supplier	Proveedor de equipos	مورد معدات	Fornecedor de equipamentos
    kind.manufacturer	Fabricant	Manufacturer	Fabricante	مُصنِّع	Fabricante
    kind.service-provider	Fournisseur de services	Service provider	Proveedor de servicios	مقدم خدمات	Prestador de serviços
    kind.research-training-centre	Centre de recherche ou de formation	Research or training centre	Centro de investigación o formación	مركز بحث أو تدريب	Centro de pesquisa ou formação
    role.design	Conception	Design	Diseño	التصميم	Projeto
    role.manufacture	Fabrication	Manufacture	Fabricación	التصنيع	Fabricação
    role.install	Installation	Installation	Instalación	التركيب	Instalação
    role.maintain	Entretien	Maintenance	Mantenimiento	الصيانة	Manutenção
    role.supply	Approvisionnement	Supply	Suministro	التوريد	Fornecimento
    responsibility.management	Direction	Management	Dirección	الإدارة	Direção
    responsibility.sales	Ventes	Sales	Ventas	المبيعات	Vendas
    responsibility.export-sales	Ventes à l'exportation	Export sales	Ventas de exportación	مبيعات التصدير	Vendas de exportação
    responsibility.engineering	Ingénierie	Engineering	Ingeniería	الهندسة	Engenharia
    responsibility.project-management	Gestion de projets	Project management	Gestión de proyectos	إدارة المشاريع	Gestão de projetos
    responsibility.after-sales	Service après-vente	After-sales service	Servicio posventa	خدمة ما بعد البيع	Pós-venda
    responsibility.quality	Qualité	Quality	Calidad	الجودة	Qualidade
    responsibility.purchasing	Approvisionnement	Purchasing	Compras	المشتريات	Compras
    responsibility.research	Recherche	Research	Investigación	البحث	Pesquisa
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
    """)
}
