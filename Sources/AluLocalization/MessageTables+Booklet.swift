extension MessageTables {
    /// The delegation booklet's own words (buyer-facing: every packet language). Labels
    /// it shares with the brochure and the pages (dates, destination, organiser, kind,
    /// region…) come from the exports' label table; countries, languages, roles and
    /// capabilities from their own tables.
    ///
    /// `booklet.more.*` is counted (``PluralCategory``): Arabic names no number in the
    /// singular and dual, as Arabic writes them.
    static let bookletTable = TranslationTable("""
    booklet.subtitle	Livret de la délégation	Delegation booklet	Cuaderno de la delegación	كتيّب الوفد	Caderno da delegação
    booklet.intro	Fournisseurs québécois retenus pour cette mission, un par page.	Québec suppliers selected for this mission, one per page.	Proveedores quebequenses seleccionados para esta misión, uno por página.	موردو كيبيك المختارون لهذه البعثة، مورد واحد في كل صفحة.	Fornecedores quebequenses selecionados para esta missão, um por página.
    booklet.contents	Table des matières	Contents	Índice	المحتويات	Sumário
    booklet.prepared	Préparé le {date}	Prepared on {date}	Preparado el {date}	أُعدّ في {date}	Preparado em {date}
    booklet.footer	{mission} — livret de la délégation	{mission} — delegation booklet	{mission} — cuaderno de la delegación	{mission} — كتيّب الوفد	{mission} — caderno da delegação
    booklet.section.presentation	Présentation	Profile	Presentación	نبذة	Apresentação
    booklet.section.capabilities	Capacités et rôles	Capabilities and roles	Capacidades y funciones	القدرات والأدوار	Capacidades e funções
    booklet.section.references	Références (celles du pays et de la région des acheteurs d'abord)	References (the buyers' country and region first)	Referencias (primero las del país y la región de los compradores)	المراجع (مراجع بلد المشترين ومنطقتهم أولاً)	Referências (primeiro as do país e da região dos compradores)
    booklet.section.certifications	Certifications valides	Valid certifications	Certificaciones vigentes	الشهادات السارية	Certificações válidas
    booklet.section.languages	Langues parlées	Languages spoken	Idiomas hablados	اللغات المحكية	Idiomas falados
    booklet.section.export-countries	Pays d'exportation	Export countries	Países de exportación	بلدان التصدير	Países de exportação
    booklet.section.contact	Personne-ressource	Contact	Contacto	جهة الاتصال	Contato
    booklet.capability-roles	{capability} : {roles}	{capability}: {roles}	{capability}: {roles}	{capability}: {roles}	{capability}: {roles}
    booklet.reference	{client}, {site} ({country}, {year})	{client}, {site} ({country}, {year})	{client}, {site} ({country}, {year})	{client}، {site} ({country}، {year})	{client}, {site} ({country}, {year})
    booklet.reference-no-year	{client}, {site} ({country})	{client}, {site} ({country})	{client}, {site} ({country})	{client}، {site} ({country})	{client}, {site} ({country})
    booklet.certification	{scheme}, valide jusqu'au {date}	{scheme}, valid until {date}	{scheme}, vigente hasta el {date}	{scheme}، سارية حتى {date}	{scheme}, válida até {date}
    booklet.certification-open	{scheme}, sans date d'échéance	{scheme}, no expiry date	{scheme}, sin fecha de vencimiento	{scheme}، دون تاريخ انتهاء	{scheme}, sem data de vencimento
    booklet.more.one	et {count} autre	and {count} more	y {count} más	وواحد آخر	e mais {count}
    booklet.more.two	et {count} autres	and {count} more	y {count} más	واثنان آخران	e mais {count}
    booklet.more.few	et {count} autres	and {count} more	y {count} más	و{count} أخرى	e mais {count}
    booklet.more.many	et {count} autres	and {count} more	y {count} más	و{count} أخرى	e mais {count}
    booklet.more.other	et {count} autres	and {count} more	y {count} más	و{count} أخرى	e mais {count}
    booklet.none.references	Aucune référence citable.	No citable reference.	Ninguna referencia citable.	لا توجد مراجع يمكن ذكرها.	Nenhuma referência citável.
    booklet.none.certifications	Aucune certification valide pour toute la durée de la mission.	No certification valid for the whole mission.	Ninguna certificación vigente durante toda la misión.	لا توجد شهادة سارية طوال مدة البعثة.	Nenhuma certificação válida durante toda a missão.
    booklet.none.contact	Aucune personne-ressource publiée.	No published contact.	Ningún contacto publicado.	لا توجد جهة اتصال منشورة.	Nenhum contato publicado.
    booklet.none.list	Non précisé.	Not stated.	No indicado.	غير محدد.	Não informado.
    """)
}
