"""Hostile seeds, as the tests build them (Tests/AluXMLTests/SafeXMLParserTests.swift,
Tests/OpenDocumentTests/SpreadsheetReaderHostileTests.swift,
Tests/AluIntakeTests/HostileFormTests.swift), small enough to be fuzzer seeds: bombs are
declared, not inflated to hundreds of MiB. Writes into the folders given:
make_hostile.py XML_DIR ODS_DIR."""
import io, os, struct, sys, warnings, zipfile, zlib
warnings.simplefilter('ignore')  # the duplicate entry is the point

xml_dir, ods_dir = sys.argv[1], sys.argv[2]
os.makedirs(xml_dir, exist_ok=True); os.makedirs(ods_dir, exist_ok=True)

def put(folder, name, data):
    with open(os.path.join(folder, name), 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode())

lol = ''.join('<!ENTITY lol%d "%s">' % (i, ('&lol%s;' % ('' if i == 1 else i - 1)) * 10) for i in range(1, 10))
xml = {
    'internal-entity': '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY e "x">]>\n<r>&e;</r>',
    'external-entity': '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/hostname">]>\n<r>&e;</r>',
    'network-entity': '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY e SYSTEM "http://127.0.0.1:9/x">]>\n<r>&e;</r>',
    'external-dtd': '<?xml version="1.0"?>\n<!DOCTYPE r SYSTEM "file:///etc/hostname">\n<r/>',
    'parameter-entity': '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY % p SYSTEM "file:///etc/hostname"> %p;]>\n<r/>',
    'billion-laughs': '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">' + lol + ']>\n<lolz>&lol9;</lolz>',
    'xinclude': '<supplier xmlns="urn:alucat:catalog:1.0" xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="file:///etc/hostname" parse="text"/></supplier>',
    'attributes-257': '<r ' + ' '.join('a%d="x"' % i for i in range(257)) + '/>',
    'deep-nesting': '<r>' * 300 + '</r>' * 300,
    'nul-byte': '<r>\n<a>x\x00y</a></r>',
    'utf7': '<?xml version="1.0" encoding="UTF-7"?>\n<r>+ADw-!DOCTYPE</r>',
    'latin1': "<?xml version='1.0' encoding='ISO-8859-1'?><r/>",
    'encoding-newline': '<?xml version="1.0" encoding\r\t=\r\n\'UTF-7\'?><r/>',
    'unquoted-encoding': '<?xml version="1.0" encoding=UTF-7?><r/>',
    'bom': '\ufeff<?xml version="1.0" encoding="UTF-8"?><r/>',
    'truncated': '<?xml version="1.0"?>\n<supplier xmlns="urn:alucat:catalog:1.0">\n<legalName>x',
    'mismatched': '<a>\n<b></a>',
    'cdata-blanks': '<r><a><![CDATA[x]]> <![CDATA[y]]></a><!-- c --> <b>z</b></r>',
    'equals-in-values': '<r a="=" b="==" c="a=b"><!-- x="y" --><![CDATA[ z="w" ]]></r>',
}
for name, text in xml.items(): put(xml_dir, name + '.xml', text)
put(xml_dir, 'utf16-bom.xml', b'\xff\xfe' + '<r/>'.encode('utf-16-le'))
put(xml_dir, 'gzip.xml', zlib.compress(b'<r/>' * 100))
put(xml_dir, 'empty.xml', b'')

# ODS ----------------------------------------------------------------------------------
MANIFEST = '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
ENCRYPTED = MANIFEST.replace('manifest:media-type="text/xml"/>', 'manifest:media-type="text/xml" manifest:size="100"><manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="AAAA"/></manifest:encryption-data></manifest:file-entry>')

def content(rows, prologue='', sheet='Identité'):
    return ('<?xml version="1.0" encoding="UTF-8"?>%s<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:spreadsheet><table:table table:name="%s"><table:table-column/>%s</table:table></office:spreadsheet></office:body></office:document-content>' % (prologue, sheet, rows))

def package(entries, mimetype=True):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, 'w') as z:
        if mimetype: z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.spreadsheet', compress_type=zipfile.ZIP_STORED)
        for name, data, method in entries:
            info = zipfile.ZipInfo(name); info.compress_type = method
            z.writestr(info, data)
    return buffer.getvalue()

D, S = zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED
def ods(rows='', prologue='', manifest=MANIFEST, extra=()):
    return package([('META-INF/manifest.xml', manifest, D), ('content.xml', content(rows, prologue), D)] + list(extra))

repeat = '<table:table-row table:number-rows-repeated="%s"><table:table-cell table:number-columns-repeated="%s" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>'
cases = {
    'repetition-bomb': ods(repeat % ('1048576', '16384')),
    'small-amplification': ods(repeat % ('305', '16384')),
    'empty-rows': ods('<table:table-row table:number-rows-repeated="1000000000"><table:table-cell/></table:table-row>'),
    'bad-repeat': ods(repeat % ('99999999999999999999', '0x10')),
    'past-xfd': ods('<table:table-row><table:table-cell table:number-columns-repeated="16384"/><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>'),
    'text-s': ods('<table:table-row><table:table-cell office:value-type="string"><text:p>a<text:s text:c="99999999"/>b</text:p></table:table-cell></table:table-row>'),
    'doctype-content': ods('', '<!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'),
    'doctype-manifest': ods('', manifest='<?xml version="1.0"?><!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/hostname">]><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">&x;</manifest:manifest>'),
    'encrypted': ods('', manifest=ENCRYPTED),
    'path-traversal': ods(extra=[('../../evil.txt', 'x', D)]),
    'absolute-name': ods(extra=[('/abs', 'x', D)]),
    'backslash-name': ods(extra=[('a\\b', 'x', D)]),
    'duplicate': ods(extra=[('content.xml', content(''), D)]),
    'no-mimetype': package([('META-INF/manifest.xml', MANIFEST, D), ('content.xml', content(''), D)], mimetype=False),
    'wrong-root': package([('META-INF/manifest.xml', MANIFEST, D), ('content.xml', '<r/>', D)]),
    'formulas': ods('<table:table-row><table:table-cell table:formula="of:=SUM([.A1:.A2])" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="2026-13-45"/><table:table-cell office:value-type="boolean" office:boolean-value="maybe"/><table:table-cell office:value-type="float" office:value="1e999"/></table:table-row>'),
}
# A deflate bomb that is small on disk: 8 MiB of one byte, declared honestly and as 1 KiB.
cases['zip-bomb'] = package([('META-INF/manifest.xml', MANIFEST, D), ('content.xml', b'0' * (8 << 20), D)])
# The same, its headers claiming 1 KiB inflated.
cases['size-lie'] = cases['zip-bomb'].replace(struct.pack('<I', 8 << 20), struct.pack('<I', 1024))
for name, data in cases.items(): put(ods_dir, name + '.ods', data)
put(ods_dir, 'xlsx.ods', package([('[Content_Types].xml', '<Types/>', D)], mimetype=False))
put(ods_dir, 'pdf.ods', b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n')
put(ods_dir, 'csv.ods', 'name,neq\nAcme,1148820576\n')
put(ods_dir, 'not-a-zip.ods', '<supplier/>')
put(ods_dir, 'truncated.ods', ods()[:200])
