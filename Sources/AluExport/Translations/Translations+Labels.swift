package import AluLocalization
extension Translations {
    /// Every fixed text an export shows: sheet names, column headers, page texts.
    ///
    /// The raw value is the key of the row in ``Translations/labelTable``.
    public enum Label: String, Sendable, Hashable, CaseIterable {
        // Sheets of the brochure.
        case sheetCover, sheetSuppliers, sheetCapabilityMatrix, sheetMatches, sheetReferences, sheetContacts
        // Columns.
        case name, legalName, website, email, phone, address, city, region, kind, employees, founded
        case description, capabilities, capability, area, domain, roles, equipment, hsCode
        case exportCountries, targetMarkets, validCertifications, certification, issuer, validUntil
        case memberships, industries, lastUpdated
        case contactName, contactTitle, contactEmail, contactPhone, contactLanguages, responsibility
        case client, site, country, year, scope
        case buyer, need, priority, score, reasons, rank, supplier, notes
        case mission, dates, destination, organiser, organisation, languages, generated
        /// The cover of a directory selection's brochure.
        case selection
        // The index page.
        case packetTitle, packetIntro, missionHeading, suppliersHeading, matchesHeading, chartsHeading
        case filesHeading, fileColumn, chartSuppliersPerArea, chartExportCountries, suppliersAxis
        case contact, noMatches, noSuppliers, dateRange, supplierCount
        /// Shown after a text that is in English because the supplier gave none in this language.
        case inEnglish
        /// Shown after a supplier text in another language (`{language}` is its name): `(en francés)`.
        case inLanguage
        // Files of the packet, as the index page lists them.
        case fileIndex, fileBrochure, fileCatalogueXML, fileSchema, fileContacts, fileChecksums
    }

    /// `key<TAB>fr<TAB>en<TAB>es<TAB>ar<TAB>pt`. `{start}`, `{end}`, `{count}` are placeholders.
    package static let labelTable = TranslationTable("""
    selection	Sélection du répertoire	Directory selection	Selección del directorio	اختيار من الدليل	Seleção do diretório
    sheetCover	Couverture	Cover	Portada	الغلاف	Capa
    sheetSuppliers	Fournisseurs	Suppliers	Proveedores	الموردون	Fornecedores
    sheetCapabilityMatrix	Matrice des capacités	Capability matrix	Matriz de capacidades	مصفوفة القدرات	Matriz de capacidades
    sheetMatches	Correspondances	Matches	Coincidencias	المطابقات	Correspondências
    sheetReferences	Références	References	Referencias	المراجع	Referências
    sheetContacts	Personnes-ressources	Contacts	Contactos	جهات الاتصال	Contatos
    name	Nom	Name	Nombre	الاسم	Nome
    legalName	Nom légal	Legal name	Razón social	الاسم القانوني	Razão social
    website	Site Web	Website	Sitio web	الموقع الإلكتروني	Site
    email	Courriel	E-mail	Correo electrónico	البريد الإلكتروني	E-mail
    phone	Téléphone	Phone	Teléfono	الهاتف	Telefone
    address	Adresse	Address	Dirección	العنوان	Endereço
    city	Ville	City	Ciudad	المدينة	Cidade
    region	Région	Region	Región	المنطقة	Região
    kind	Type d'organisation	Kind of organisation	Tipo de organización	نوع المنظمة	Tipo de organização
    employees	Effectif	Employees	Empleados	عدد الموظفين	Funcionários
    founded	Fondée en	Founded	Fundada en	سنة التأسيس	Fundada em
    description	Description	Description	Descripción	الوصف	Descrição
    capabilities	Capacités	Capabilities	Capacidades	القدرات	Capacidades
    capability	Capacité	Capability	Capacidad	القدرة	Capacidade
    area	Secteur	Area	Área	المجال	Área
    domain	Domaine	Domain	Dominio	الميدان	Domínio
    roles	Rôles	Roles	Funciones	الأدوار	Funções
    equipment	Équipements	Equipment	Equipos	المعدات	Equipamentos
    hsCode	Code SH	HS code	Código SA	رمز النظام المنسق	Código SH
    exportCountries	Pays d'exportation	Export countries	Países de exportación	بلدان التصدير	Países de exportação
    targetMarkets	Marchés visés	Target markets	Mercados objetivo	الأسواق المستهدفة	Mercados-alvo
    validCertifications	Certifications valides	Valid certifications	Certificaciones vigentes	الشهادات السارية	Certificações válidas
    certification	Certification	Certification	Certificación	الشهادة	Certificação
    issuer	Organisme	Issuer	Organismo emisor	الجهة المانحة	Emissor
    validUntil	Valide jusqu'au	Valid until	Válida hasta	سارية حتى	Válida até
    memberships	Adhésions	Memberships	Membresías	العضويات	Associações
    industries	Industries desservies	Industries served	Industrias atendidas	الصناعات المخدومة	Setores atendidos
    lastUpdated	Dernière mise à jour	Last updated	Última actualización	آخر تحديث	Última atualização
    contactName	Nom de la personne-ressource	Contact name	Nombre del contacto	اسم جهة الاتصال	Nome do contato
    contactTitle	Fonction	Title	Cargo	المنصب	Cargo
    contactEmail	Courriel de la personne-ressource	Contact e-mail	Correo del contacto	البريد الإلكتروني لجهة الاتصال	E-mail do contato
    contactPhone	Téléphone de la personne-ressource	Contact phone	Teléfono del contacto	هاتف جهة الاتصال	Telefone do contato
    contactLanguages	Langues parlées	Languages spoken	Idiomas hablados	اللغات المحكية	Idiomas falados
    responsibility	Responsabilité	Responsibility	Responsabilidad	المسؤولية	Responsabilidade
    client	Client	Client	Cliente	العميل	Cliente
    site	Site	Site	Planta	الموقع	Unidade
    country	Pays	Country	País	البلد	País
    year	Année	Year	Año	السنة	Ano
    scope	Portée des travaux	Scope	Alcance	نطاق العمل	Escopo
    buyer	Acheteur	Buyer	Comprador	المشتري	Comprador
    need	Besoin	Need	Necesidad	الاحتياج	Necessidade
    priority	Priorité	Priority	Prioridad	الأولوية	Prioridade
    score	Pointage	Score	Puntuación	الدرجة	Pontuação
    reasons	Raisons	Reasons	Motivos	الأسباب	Motivos
    rank	Rang	Rank	Posición	الترتيب	Posição
    supplier	Fournisseur	Supplier	Proveedor	المورد	Fornecedor
    notes	Remarques	Notes	Notas	ملاحظات	Observações
    mission	Mission	Mission	Misión	البعثة	Missão
    dates	Dates	Dates	Fechas	التواريخ	Datas
    destination	Destination	Destination	Destino	الوجهة	Destino
    organiser	Organisateur	Organiser	Organizador	المنظِّم	Organizador
    organisation	Organisation	Organisation	Organización	المنظمة	Organização
    languages	Langues	Languages	Idiomas	اللغات	Idiomas
    generated	Produit le	Generated	Generado el	تاريخ الإنشاء	Gerado em
    packetTitle	Dossier de mission commerciale	Trade-mission packet	Dosier de la misión comercial	ملف البعثة التجارية	Dossiê da missão comercial
    packetIntro	Fournisseurs québécois d'équipements et de services pour l'aluminium retenus pour cette mission, avec leurs capacités, leurs références et les personnes à joindre.	Québec aluminium equipment and service suppliers selected for this mission, with their capabilities, references and people to contact.	Proveedores quebequenses de equipos y servicios para el aluminio seleccionados para esta misión, con sus capacidades, referencias y personas de contacto.	موردو المعدات والخدمات لصناعة الألومنيوم من كيبيك المختارون لهذه البعثة، مع قدراتهم ومراجعهم والأشخاص الذين يمكن التواصل معهم.	Fornecedores quebequenses de equipamentos e serviços para o alumínio selecionados para esta missão, com suas capacidades, referências e pessoas de contato.
    missionHeading	La mission	The mission	La misión	البعثة	A missão
    suppliersHeading	Les fournisseurs	The suppliers	Los proveedores	الموردون	Os fornecedores
    matchesHeading	Fournisseurs proposés par besoin	Suppliers proposed for each need	Proveedores propuestos por necesidad	الموردون المقترحون لكل احتياج	Fornecedores propostos por necessidade
    chartsHeading	En un coup d'œil	At a glance	De un vistazo	نظرة سريعة	Visão geral
    filesHeading	Contenu du dossier	Files in this packet	Archivos del dossier	ملفات هذا الملف	Arquivos deste dossiê
    fileColumn	Fichier	File	Archivo	الملف	Arquivo
    chartSuppliersPerArea	Fournisseurs par secteur de procédé	Suppliers per process area	Proveedores por área de proceso	الموردون حسب مجال العملية	Fornecedores por área de processo
    chartExportCountries	Expérience d'exportation par pays	Export experience by country	Experiencia de exportación por país	خبرة التصدير حسب البلد	Experiência de exportação por país
    suppliersAxis	fournisseurs	suppliers	proveedores	موردون	fornecedores
    contact	Personne-ressource	Contact	Contacto	جهة الاتصال	Contato
    noMatches	Aucun fournisseur proposé.	No supplier proposed.	Ningún proveedor propuesto.	لا يوجد مورد مقترح.	Nenhum fornecedor proposto.
    noSuppliers	Aucun fournisseur retenu.	No supplier selected.	Ningún proveedor seleccionado.	لم يتم اختيار أي مورد.	Nenhum fornecedor selecionado.
    dateRange	du {start} au {end}	{start} to {end}	del {start} al {end}	من {start} إلى {end}	de {start} a {end}
    supplierCount	{count} fournisseurs	{count} suppliers	{count} proveedores	عدد الموردين: {count}	{count} fornecedores
    inEnglish	(en anglais)	(in English)	(en inglés)	(بالإنجليزية)	(em inglês)
    inLanguage	(en {language})	(in {language})	(en {language})	(ب{language})	(em {language})
    fileIndex	Page d'accueil ({language})	Landing page ({language})	Página de inicio ({language})	الصفحة الرئيسية ({language})	Página inicial ({language})
    fileBrochure	Brochure, classeur OpenDocument ({language})	Brochure, OpenDocument spreadsheet ({language})	Folleto, hoja de cálculo OpenDocument ({language})	الكتيّب، جدول بيانات OpenDocument ({language})	Brochura, planilha OpenDocument ({language})
    fileCatalogueXML	Catalogue des fournisseurs (XML)	Supplier catalogue (XML)	Catálogo de proveedores (XML)	دليل الموردين (XML)	Catálogo de fornecedores (XML)
    fileSchema	Schéma XML du catalogue	XML Schema of the catalogue	Esquema XML del catálogo	مخطط XML للدليل	Esquema XML do catálogo
    fileContacts	Personnes-ressources (vCard)	Contacts (vCard)	Contactos (vCard)	جهات الاتصال (vCard)	Contatos (vCard)
    fileChecksums	Empreintes SHA-256 de chaque fichier	SHA-256 checksums of every file	Sumas SHA-256 de cada archivo	بصمات SHA-256 لكل ملف	Somas SHA-256 de cada arquivo
    """)
}
