extension MessageTables {
    /// What the portal's JSON API and its plain answers say (errors a program's
    /// author reads). Buyer-facing: every packet language.
    static let apiTable = TranslationTable("""
    api.bad-query	la requête n'est pas lisible : {reason}	the query string cannot be read: {reason}	la cadena de consulta no se puede leer: {reason}	تعذّرت قراءة سلسلة الاستعلام: {reason}	a string de consulta não pode ser lida: {reason}
    api.reason.too-long	elle dépasse {limit} octets	it is longer than {limit} bytes	supera los {limit} bytes	يتجاوز طولها {limit} بايت	ela passa de {limit} bytes
    api.reason.too-many	elle a plus de {limit} paramètres	it has more than {limit} parameters	tiene más de {limit} parámetros	تحتوي على أكثر من {limit} معاملًا	ela tem mais de {limit} parâmetros
    api.reason.percent	un « % » n'est pas suivi de deux chiffres hexadécimaux	a '%' is not followed by two hexadecimal digits	un «%» no va seguido de dos dígitos hexadecimales	علامة «%» غير متبوعة برقمين ست عشريين	um “%” não é seguido de dois dígitos hexadecimais
    api.reason.utf8	ses octets ne sont pas de l'UTF-8	its bytes are not UTF-8	sus bytes no son UTF-8	بايتاتها ليست بترميز UTF-8	seus bytes não são UTF-8
    api.reason.control	elle contient un caractère de contrôle	it contains a control character	contiene un carácter de control	تحتوي على محرف تحكم	ela contém um caractere de controle
    api.invalid-parameter	le paramètre « {parameter} » n'est pas valable : {reason}	the parameter '{parameter}' is not valid: {reason}	el parámetro «{parameter}» no es válido: {reason}	المعامل «{parameter}» غير صالح: {reason}	o parâmetro “{parameter}” não é válido: {reason}
    api.not-found	rien ici : {path}	nothing here: {path}	no hay nada aquí: {path}	لا شيء هنا: {path}	nada aqui: {path}
    api.no-supplier	aucun fournisseur publié n'a l'identifiant « {id} »	no published supplier has the id '{id}'	ningún proveedor publicado tiene el identificador «{id}»	لا يوجد مورّد منشور بالمعرّف «{id}»	nenhum fornecedor publicado tem o identificador “{id}”
    api.method-not-allowed	la méthode {method} n'est pas permise ici	the method {method} is not allowed here	el método {method} no está permitido aquí	الطريقة {method} غير مسموح بها هنا	o método {method} não é permitido aqui
    api.busy	trop de téléchargements sont en préparation ; réessayez dans quelques secondes	too many downloads are being prepared; try again in a few seconds	se están preparando demasiadas descargas; vuelva a intentarlo en unos segundos	يجري تحضير عدد كبير من التنزيلات؛ أعد المحاولة بعد بضع ثوانٍ	muitos downloads estão sendo preparados; tente novamente em alguns segundos
    api.internal	erreur interne ; donnez ce numéro au personnel de la grappe : {request}	internal error; give this number to the cluster staff: {request}	error interno; comunique este número al personal del clúster: {request}	خطأ داخلي؛ أعطِ هذا الرقم لموظفي التجمّع: {request}	erro interno; informe este número à equipe do polo: {request}
    api.not-ready	le catalogue n'est pas encore chargé	the catalogue is not loaded yet	el catálogo aún no está cargado	لم يُحمَّل الدليل بعد	o catálogo ainda não foi carregado
    """, languages: ["fr", "en", "es", "ar", "pt"])
}
