/// The public directory's own words (`alucat serve`): the search page, the supplier
/// page, the error pages. Buyer-facing: every packet language.
///
/// Vocabulary (kinds, roles, industries), countries and languages come from their own
/// tables; the taxonomy words its capabilities. Counted phrases have one key per
/// ``PluralCategory/keyed`` category (Arabic's singular and dual name no number).
/// es, ar and pt want a native speaker's review.
extension MessageTables {
    static let portalTable = TranslationTable("""
    portal.site-name	Répertoire des fournisseurs de l'aluminium du Québec	Québec Aluminium Supplier Directory	Directorio de proveedores del aluminio de Quebec	دليل موردي الألومنيوم في كيبيك	Diretório de fornecedores do alumínio de Quebec
    portal.skip	Aller au contenu principal	Skip to main content	Ir al contenido principal	الانتقال إلى المحتوى الرئيسي	Ir para o conteúdo principal
    portal.languages	Langue de l'interface	Interface language	Idioma de la interfaz	لغة الواجهة	Idioma da interface
    portal.footer	Répertoire public de la grappe de l'aluminium du Québec. Renseignements publiés en date du {day}.	Public directory of the Québec aluminium cluster. Information published as of {day}.	Directorio público del clúster del aluminio de Quebec. Información publicada a fecha de {day}.	الدليل العام لتجمّع الألومنيوم في كيبيك. المعلومات منشورة بتاريخ {day}.	Diretório público do polo do alumínio de Quebec. Informações publicadas em {day}.
    portal.search.title	Trouver un fournisseur	Find a supplier	Buscar un proveedor	البحث عن مورد	Encontrar um fornecedor
    portal.search.title-with-text	« {text} » : fournisseurs	Suppliers for “{text}”	Proveedores para «{text}»	موردون لـ «{text}»	Fornecedores para “{text}”
    portal.search.label	Nom, savoir-faire, équipement ou mot-clé	Name, capability, equipment or keyword	Nombre, capacidad, equipo o palabra clave	الاسم أو القدرة أو المعدات أو كلمة مفتاحية	Nome, capacidade, equipamento ou palavra-chave
    portal.search.submit	Rechercher	Search	Buscar	بحث	Pesquisar
    portal.search.intro	Fournisseurs d'équipements et de services des alumineries et des transformateurs d'aluminium du Québec.	Equipment and service suppliers to aluminium smelters and processors, from Québec.	Proveedores de equipos y servicios para fundiciones y transformadores de aluminio, desde Quebec.	موردو معدات وخدمات لمصاهر الألومنيوم ومصانع تحويله، من كيبيك.	Fornecedores de equipamentos e serviços para fundições e transformadores de alumínio, de Quebec.
    portal.facets	Affiner la recherche	Narrow the search	Afinar la búsqueda	تضييق البحث	Refinar a pesquisa
    portal.facet.capability	Savoir-faire	Capability	Capacidad	القدرة	Capacidade
    portal.facet.region	Région du Québec	Québec region	Región de Quebec	منطقة في كيبيك	Região de Quebec
    portal.facet.kind	Type d'organisation	Kind of organisation	Tipo de organización	نوع المؤسسة	Tipo de organização
    portal.facet.country	Expérience ou marché à l'exportation	Export experience or market	Experiencia o mercado de exportación	خبرة أو سوق التصدير	Experiência ou mercado de exportação
    portal.facet.certification	Certification en vigueur	Current certification	Certificación vigente	شهادة سارية	Certificação vigente
    portal.facet.language	Langue d'un contact	Language of a contact	Idioma de un contacto	لغة جهة اتصال	Idioma de um contato
    portal.facet.role	Rôle	Role	Función	الدور	Função
    portal.facet.text	Texte recherché	Search text	Texto buscado	نص البحث	Texto pesquisado
    portal.facet.all-capabilities	Tous les savoir-faire	All capabilities	Todas las capacidades	جميع القدرات	Todas as capacidades
    portal.facet.more	Afficher {count} autres	Show {count} more	Mostrar {count} más	عرض {count} أخرى	Mostrar mais {count}
    portal.active	Filtres appliqués	Filters applied	Filtros aplicados	عوامل التصفية المطبقة	Filtros aplicados
    portal.active.remove	Retirer	Remove	Quitar	إزالة	Remover
    portal.active.remove-label	Retirer le filtre : {facet}	Remove the filter: {facet}	Quitar el filtro: {facet}	إزالة عامل التصفية: {facet}	Remover o filtro: {facet}
    portal.active.clear-all	Tout effacer	Clear all	Borrar todo	مسح الكل	Limpar tudo
    portal.results.count.one	{count} fournisseur	{count} supplier	{count} proveedor	مورد واحد	{count} fornecedor
    portal.results.count.two	{count} fournisseurs	{count} suppliers	{count} proveedores	موردان	{count} fornecedores
    portal.results.count.few	{count} fournisseurs	{count} suppliers	{count} proveedores	{count} موردين	{count} fornecedores
    portal.results.count.many	{count} fournisseurs	{count} suppliers	{count} proveedores	{count} موردًا	{count} fornecedores
    portal.results.count.other	{count} fournisseurs	{count} suppliers	{count} proveedores	{count} مورد	{count} fornecedores
    portal.results.page	Page {page} sur {pages}	Page {page} of {pages}	Página {page} de {pages}	الصفحة {page} من {pages}	Página {page} de {pages}
    portal.results.none	Aucun fournisseur ne répond à cette recherche.	No supplier matches this search.	Ningún proveedor coincide con esta búsqueda.	لا يوجد مورد يطابق هذا البحث.	Nenhum fornecedor corresponde a esta pesquisa.
    portal.results.none-hint	Retirez un filtre pour élargir la recherche :	Remove a filter to widen the search:	Quite un filtro para ampliar la búsqueda:	أزل أحد عوامل التصفية لتوسيع البحث:	Remova um filtro para ampliar a pesquisa:
    portal.results.none-text	Essayez d'autres mots, ou moins de mots : la recherche trouve les mots qui commencent par ceux que vous tapez.	Try other words, or fewer: the search finds words that begin with the ones you type.	Pruebe otras palabras, o menos: la búsqueda encuentra las palabras que empiezan por las que escribe.	جرّب كلمات أخرى أو كلمات أقل: يعثر البحث على الكلمات التي تبدأ بما تكتبه.	Tente outras palavras, ou menos: a pesquisa encontra as palavras que começam pelas que você digita.
    portal.results.past-end	Cette page dépasse la fin des résultats.	This page is past the end of the results.	Esta página está más allá del final de los resultados.	هذه الصفحة تتجاوز نهاية النتائج.	Esta página está além do fim dos resultados.
    portal.results.first-page	Aller à la première page	Go to the first page	Ir a la primera página	الانتقال إلى الصفحة الأولى	Ir para a primeira página
    portal.results.browse-all	Voir tous les fournisseurs	See every supplier	Ver todos los proveedores	عرض جميع الموردين	Ver todos os fornecedores
    portal.card.matched	Savoir-faire correspondants :	Matching capabilities:	Capacidades coincidentes:	القدرات المطابقة:	Capacidades correspondentes:
    portal.pagination	Pages de résultats	Result pages	Páginas de resultados	صفحات النتائج	Páginas de resultados
    portal.pagination.previous	Page précédente	Previous page	Página anterior	الصفحة السابقة	Página anterior
    portal.pagination.next	Page suivante	Next page	Página siguiente	الصفحة التالية	Próxima página
    portal.pagination.page	Page {page}	Page {page}	Página {page}	الصفحة {page}	Página {page}
    portal.downloads	Télécharger ces résultats	Download these results	Descargar estos resultados	تنزيل هذه النتائج	Baixar estes resultados
    portal.downloads.note	Tous les fournisseurs trouvés, pas seulement cette page.	Every supplier found, not just this page.	Todos los proveedores encontrados, no solo esta página.	جميع الموردين الذين عُثر عليهم، وليس هذه الصفحة فقط.	Todos os fornecedores encontrados, não só esta página.
    portal.download.ods	Brochure (tableur ODS)	Brochure (ODS spreadsheet)	Folleto (hoja de cálculo ODS)	كتيب (جدول بيانات ODS)	Brochura (planilha ODS)
    portal.download.csv	Tableau (CSV)	Table (CSV)	Tabla (CSV)	جدول (CSV)	Tabela (CSV)
    portal.download.xml	Catalogue (XML)	Catalogue (XML)	Catálogo (XML)	الفهرس (XML)	Catálogo (XML)
    portal.download.vcf	Contacts (vCard)	Contacts (vCard)	Contactos (vCard)	جهات الاتصال (vCard)	Contatos (vCard)
    portal.supplier.back	Retour à la recherche	Back to the search	Volver a la búsqueda	العودة إلى البحث	Voltar à pesquisa
    portal.supplier.legal-name	Raison sociale	Legal name	Razón social	الاسم القانوني	Razão social
    portal.supplier.kind	Type d'organisation	Kind of organisation	Tipo de organización	نوع المؤسسة	Tipo de organização
    portal.supplier.location	Lieu	Location	Ubicación	الموقع	Localização
    portal.supplier.employees	Effectif	Employees	Empleados	عدد الموظفين	Funcionários
    portal.supplier.founded	Fondée en	Founded	Fundada en	سنة التأسيس	Fundada em
    portal.supplier.website	Site web	Website	Sitio web	الموقع الإلكتروني	Site
    portal.supplier.email	Courriel	Email	Correo electrónico	البريد الإلكتروني	E-mail
    portal.supplier.phone	Téléphone	Telephone	Teléfono	الهاتف	Telefone
    portal.supplier.updated	Dernière mise à jour	Last updated	Última actualización	آخر تحديث	Última atualização
    portal.supplier.about	Présentation	About	Presentación	نبذة	Apresentação
    portal.supplier.about-in	Présentation en {language}	About, in {language}	Presentación en {language}	نبذة باللغة {language}	Apresentação em {language}
    portal.supplier.capabilities	Savoir-faire et rôles	Capabilities and roles	Capacidades y funciones	القدرات والأدوار	Capacidades e funções
    portal.supplier.equipment	Équipements	Equipment	Equipos	المعدات	Equipamentos
    portal.supplier.hs-code	Code SH {code}	HS code {code}	Código SA {code}	رمز النظام المنسق {code}	Código SH {code}
    portal.supplier.references	Références	References	Referencias	المراجع	Referências
    portal.supplier.reference-site	Site :	Site:	Planta:	الموقع:	Local:
    portal.supplier.reference-scope	Portée :	Scope:	Alcance:	النطاق:	Escopo:
    portal.supplier.export	Exportation	Export	Exportación	التصدير	Exportação
    portal.supplier.export-experience	Expérience à l'exportation	Export experience	Experiencia de exportación	خبرة التصدير	Experiência de exportação
    portal.supplier.target-markets	Marchés visés	Target markets	Mercados objetivo	الأسواق المستهدفة	Mercados-alvo
    portal.supplier.certifications	Certifications	Certifications	Certificaciones	الشهادات	Certificações
    portal.supplier.certificate-number	Certificat {number}	Certificate {number}	Certificado {number}	الشهادة رقم {number}	Certificado {number}
    portal.supplier.issuer	Organisme :	Issued by:	Emitido por:	الجهة المانحة:	Emitido por:
    portal.supplier.valid-until	Valide jusqu'au {day}	Valid until {day}	Válido hasta el {day}	سارية حتى {day}	Válido até {day}
    portal.supplier.valid-open	Sans date d'échéance	No expiry date	Sin fecha de vencimiento	بدون تاريخ انتهاء	Sem data de vencimento
    portal.supplier.memberships	Adhésions	Memberships	Afiliaciones	العضويات	Associações
    portal.supplier.industries	Industries desservies	Industries served	Industrias atendidas	الصناعات المخدومة	Setores atendidos
    portal.supplier.contacts	Personnes-ressources	Contacts	Contactos	جهات الاتصال	Contatos
    portal.supplier.contact-languages	Langues :	Languages:	Idiomas:	اللغات:	Idiomas:
    portal.supplier.general-contact	Coordonnées générales	General contact details	Datos de contacto generales	بيانات الاتصال العامة	Dados de contato gerais
    portal.supplier.downloads	Télécharger cette fiche	Download this entry	Descargar esta ficha	تنزيل هذه البطاقة	Baixar esta ficha
    portal.supplier.download.vcf	Contacts (vCard)	Contacts (vCard)	Contactos (vCard)	جهات الاتصال (vCard)	Contatos (vCard)
    portal.supplier.download.xml	Fiche (XML)	Entry (XML)	Ficha (XML)	البطاقة (XML)	Ficha (XML)
    portal.error.400.title	Adresse de recherche invalide	Invalid search address	Dirección de búsqueda no válida	عنوان بحث غير صالح	Endereço de pesquisa inválido
    portal.error.404.title	Page introuvable	Page not found	Página no encontrada	الصفحة غير موجودة	Página não encontrada
    portal.error.404.text	Aucune page ni aucun fournisseur publié ne se trouve à cette adresse.	No page and no published supplier is at this address.	No hay ninguna página ni ningún proveedor publicado en esta dirección.	لا توجد صفحة ولا مورد منشور على هذا العنوان.	Não há nenhuma página nem fornecedor publicado neste endereço.
    portal.error.home	Nouvelle recherche	New search	Nueva búsqueda	بحث جديد	Nova pesquisa
    portal.invalid.too-long	Le paramètre « {parameter} » dépasse {limit} caractères.	The parameter “{parameter}” is longer than {limit} characters.	El parámetro «{parameter}» supera los {limit} caracteres.	المعامل «{parameter}» أطول من {limit} حرفًا.	O parâmetro “{parameter}” ultrapassa {limit} caracteres.
    portal.invalid.repeated	Le paramètre « {parameter} » est donné plus d'une fois.	The parameter “{parameter}” is given more than once.	El parámetro «{parameter}» aparece más de una vez.	المعامل «{parameter}» مذكور أكثر من مرة.	O parâmetro “{parameter}” aparece mais de uma vez.
    portal.invalid.unknown-value	La valeur du paramètre « {parameter} » n'est pas reconnue.	The value of the parameter “{parameter}” is not recognised.	El valor del parámetro «{parameter}» no es reconocido.	قيمة المعامل «{parameter}» غير معروفة.	O valor do parâmetro “{parameter}” não é reconhecido.
    portal.invalid.bad-number	Le paramètre « {parameter} » doit être un nombre entier de 1 à {limit}.	The parameter “{parameter}” must be a whole number from 1 to {limit}.	El parámetro «{parameter}» debe ser un número entero de 1 a {limit}.	يجب أن يكون المعامل «{parameter}» عددًا صحيحًا من 1 إلى {limit}.	O parâmetro “{parameter}” deve ser um número inteiro de 1 a {limit}.
    """)
}
