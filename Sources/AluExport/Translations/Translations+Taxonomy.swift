package import AluLocalization
public import AluCatalog

extension Translations {
    /// A taxonomy node's label in this language, and whether it is the English
    /// fallback (then the caller shows ``Label/inEnglish``).
    ///
    /// `catalog/taxonomy.xml` labels every node in fr, en, es and ar. Portuguese
    /// is not in the taxonomy: ``portugueseTaxonomyTable`` gives the 10 domains
    /// and 60 areas; a leaf capability in Portuguese falls back to English with
    /// the marker (decision: Spanish is close but would read as a mistake to a
    /// Brazilian buyer; English is the catalogue's lingua franca and is marked).
    public func taxonomyLabel(_ node: Taxonomy.Node) -> (text: String, isFallback: Bool) {
        if language == "pt", let text = Self.portugueseTaxonomyTable.value(node.id, "pt") { return (text, false) }
        if let text = node.labels[language], !text.isEmpty { return (text, false) }
        guard let resolved = node.labels.resolved("en") else { return (node.id, language != "en") }
        return (resolved.text, resolved.language != language)
    }

    /// The label, followed by the marker when it is a fallback.
    public func markedTaxonomyLabel(_ node: Taxonomy.Node) -> String {
        let (text, isFallback) = taxonomyLabel(node)
        return isFallback ? text + " " + label(.inEnglish) : text
    }

    /// Portuguese (Brazilian usage) labels of the domains and areas of taxonomy 2026.1.
    package static let portugueseTaxonomyTable = TranslationTable("""
    smelting	Produção de alumínio primário
    smelting.potroom	Sala de cubas (eletrólise)
    smelting.alumina-handling	Manuseio de alumina, fluoreto e material de banho
    smelting.gas-treatment	Tratamento de gases das cubas
    smelting.bath-treatment	Tratamento do banho eletrolítico
    smelting.carbon	Fábrica de carbono (produção de anodos)
    smelting.electrical	Alimentação elétrica das linhas de cubas
    smelting.casthouse	Sala de fundição (lingotamento)
    smelting.residues	Borra, revestimento gasto de cubas e subprodutos
    alumina	Refino de alumina (processo Bayer)
    alumina.bauxite-handling	Descarga, armazenamento e moagem de bauxita
    alumina.digestion-clarification	Digestão, clarificação e filtração do licor
    alumina.precipitation	Precipitação e classificação
    alumina.calcination	Calcinação
    alumina.residue-management	Resíduo de bauxita (lama vermelha): filtração, empilhamento e valorização
    processing	Transformação do alumínio
    processing.rolling	Laminação
    processing.extrusion	Extrusão
    processing.foundry	Fundição e fundição sob pressão
    processing.forging	Forjamento
    processing.wire-cable	Vergalhão, fios e cabos
    processing.surface-treatment	Tratamento de superfície
    processing.joining	Soldagem e união
    processing.machining	Usinagem e fabricação
    processing.heat-treatment	Tratamento térmico
    recycling	Reciclagem e refusão
    recycling.scrap-preparation	Preparação de sucata
    recycling.remelting	Refusão
    recycling.salt-slag	Tratamento de escória salina e resíduos de borra
    automation	Automação, instrumentação e controle de processos
    automation.control-systems	Sistemas de controle (CLP, SDCD, SCADA) e painéis de controle
    automation.instrumentation	Instrumentação e analisadores de processo
    automation.robotics	Robótica e manuseio automatizado
    automation.vision-inspection	Visão de máquina e sistemas de inspeção
    automation.mes-analytics	MES, análise de dados de processo e gêmeos digitais
    automation.electrical-installation	Instalação elétrica e de instrumentação industrial
    engineering	Engenharia e execução de projetos
    engineering.studies	Estudos conceituais, de pré-viabilidade e de viabilidade
    engineering.epcm	EPCM (engenharia, suprimentos e gerenciamento de construção)
    engineering.detailed-design	Engenharia de detalhamento (processos, mecânica, elétrica, civil e estruturas)
    engineering.fabrication-erection	Fabricação pesada, montagem e comissionamento
    engineering.technology-licensing	Licenciamento e transferência de tecnologia
    engineering.project-management	Gerenciamento de projetos e de obras, controle de custos
    maintenance	Manutenção e apoio à operação
    maintenance.mechanical	Manutenção e reparo mecânicos
    maintenance.electrical	Manutenção elétrica e de retificadores
    maintenance.refractory	Instalação e reparo de refratários
    maintenance.spare-parts	Peças de reposição e de desgaste
    maintenance.shutdowns	Paradas programadas e apoio à repartida de linhas de cubas
    maintenance.inspection-ndt	Inspeção e ensaios não destrutivos (END)
    maintenance.reliability	Engenharia de confiabilidade e manutenção preditiva
    training	Treinamento
    training.operators	Treinamento de operadores e simuladores
    training.technical	Treinamento técnico (operação de cubas, carbono, fundição, transformação)
    training.welding-qualification	Qualificação de soldadores e de inspetores de soldagem
    training.health-safety	Treinamento em saúde e segurança (metal líquido, campos magnéticos, espaços confinados)
    hse	Meio ambiente, saúde e segurança
    hse.environmental-studies	Estudos ambientais, licenciamento e monitoramento
    hse.emissions-control	Controle de emissões (fluoretos, HPA, poeira, PFC)
    hse.ghg-decarbonization	Inventário de GEE e descarbonização
    hse.industrial-hygiene	Higiene ocupacional (estresse térmico, poeira, campos magnéticos, ruído)
    hse.process-safety	Segurança de processos e de metal líquido (prevenção de explosões, EPI)
    hse.water-waste	Gestão de água, efluentes e resíduos
    rnd	Pesquisa e desenvolvimento (P&D)
    rnd.applied-research	Pesquisa aplicada e serviços de ensaios
    rnd.pilot-demonstration	Plantas piloto e de demonstração
    rnd.materials-characterization	Caracterização de materiais e análise metalúrgica
    rnd.alloy-product-development	Desenvolvimento de ligas e produtos
    rnd.modelling-simulation	Modelagem e simulação de processos (termoelétrica, MHD, CFD)
    rnd.low-carbon-smelting	Tecnologias de eletrólise de baixo carbono (anodos inertes, recuperação de calor)
    """, languages: ["pt"])
}
