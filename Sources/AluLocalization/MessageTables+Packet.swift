extension MessageTables {
    /// The landing pages' own controls, in every packet language (buyer-facing): the
    /// language switcher, the language chooser (`index.html`) and the offline search and
    /// filters over the packet's suppliers. `{shown}` and `{total}` are counts of suppliers,
    /// filled by the page's script as the buyer types.
    static let packetTable = TranslationTable("""
    packet.switcher	Langues du dossier	Packet languages	Idiomas del dosier	لغات الملف	Idiomas do dossiê
    packet.chooser.heading	Choisissez votre langue	Choose your language	Elija su idioma	اختر لغتك	Escolha seu idioma
    packet.file.chooser	Choix de la langue du dossier	Language chooser of the packet	Selección del idioma del dosier	اختيار لغة الملف	Escolha do idioma do dossiê
    packet.chooser.open	Ouvrir la page en français	Open the page in English	Abrir la página en español	افتح الصفحة بالعربية	Abrir a página em português
    packet.search.heading	Trouver un fournisseur	Find a supplier	Buscar un proveedor	البحث عن مورد	Encontrar um fornecedor
    packet.search.label	Mots à chercher	Words to find	Palabras a buscar	كلمات البحث	Palavras a procurar
    packet.search.placeholder	Nom, capacité, ville…	Name, capability, city…	Nombre, capacidad, ciudad…	الاسم، القدرة، المدينة…	Nome, capacidade, cidade…
    packet.filter.area	Secteur de procédé	Process area	Área de proceso	مجال العملية	Área de processo
    packet.filter.region	Région du Québec	Québec region	Región de Quebec	المنطقة في كيبيك	Região do Quebec
    packet.filter.country	A exporté vers	Has exported to	Ha exportado a	سبق له التصدير إلى	Já exportou para
    packet.filter.certification	Certification valide	Valid certification	Certificación vigente	شهادة سارية	Certificação válida
    packet.filter.language	Langue parlée	Language spoken	Idioma hablado	اللغة المحكية	Idioma falado
    packet.filter.any	Indifférent	Any	Cualquiera	الكل	Qualquer
    packet.search.reset	Effacer	Clear	Borrar	مسح	Limpar
    packet.search.count	Fournisseurs affichés : {shown} sur {total}	Suppliers shown: {shown} of {total}	Proveedores mostrados: {shown} de {total}	الموردون المعروضون: {shown} من {total}	Fornecedores exibidos: {shown} de {total}
    packet.search.none	Aucun fournisseur ne correspond à la recherche.	No supplier matches the search.	Ningún proveedor coincide con la búsqueda.	لا يوجد مورد يطابق البحث.	Nenhum fornecedor corresponde à pesquisa.
    """)
}
