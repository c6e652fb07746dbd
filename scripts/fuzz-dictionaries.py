"""Writes the fuzz targets' dictionaries (Fuzz/dictionaries/TARGET.dict): the element and
attribute names and enumerated values of catalog/schema/*.xsd, XML tokens that matter to
the safe parser, ODF spreadsheet and manifest tokens, zip signatures and our form's sheet
names. Run by scripts/fuzz-seeds.sh."""
import glob, os, re

xsd = ''.join(open(f, encoding='utf-8').read() for f in sorted(glob.glob('catalog/schema/*.xsd')))
names = sorted(set(re.findall(r'<xs:(?:element|attribute) name="([A-Za-z]+)"', xsd)))
values = sorted(set(re.findall(r'<xs:enumeration value="([^"]*)"', xsd)))

def quoted(text):
    out = ''
    for b in text.encode('utf-8'):
        out += '\\x%02X' % b if b < 0x20 or b >= 0x7F or b in (0x22, 0x5C) else chr(b)
    return '"%s"' % out

xml_tokens = ['<?xml version="1.0" encoding="UTF-8"?>', '<!DOCTYPE', '<!ENTITY', 'SYSTEM', '<![CDATA[', ']]>',
              '<!--', '-->', '<?', '?>', '&amp;', '&lt;', '&#x', '&#', 'xmlns="urn:alucat:catalog:1.0"',
              'urn:alucat:catalog:1.0', 'xml:lang="fr"', 'xml:lang="en"', 'xmlns:', 'encoding="UTF-7"', '\ufeff',
              '="true"', '="false"', '1148820576', 'G7H 5B1', '+14185550100', 'https://x.example', 'a@b.example',
              '2026-06-01', 'smelting.electrical.busbars', 'CA', 'fr en']
catalogue = ['# Catalogue: names and values of catalog/schema/*.xsd, XML tokens (scripts/fuzz-dictionaries.py).']
for n in names:
    catalogue += [quoted('<%s>' % n), quoted('</%s>' % n), quoted(' %s="' % n)]
catalogue += [quoted(v) for v in values] + [quoted(t) for t in xml_tokens]

odf_elements = ['office:document-content', 'office:body', 'office:spreadsheet', 'table:table', 'table:table-row',
                'table:table-cell', 'table:covered-table-cell', 'table:table-column', 'table:table-header-rows',
                'table:table-row-group', 'text:p', 'text:span', 'text:s', 'text:tab', 'text:line-break', 'text:a',
                'office:annotation', 'manifest:manifest', 'manifest:file-entry', 'manifest:encryption-data']
odf_attributes = ['table:name', 'table:number-rows-repeated', 'table:number-columns-repeated',
                  'table:number-columns-spanned', 'table:number-rows-spanned', 'office:value-type', 'office:value',
                  'office:date-value', 'office:time-value', 'office:boolean-value', 'office:string-value',
                  'calcext:value-type', 'table:formula', 'text:c', 'manifest:full-path', 'manifest:media-type', 'xlink:href']
odf_tokens = ['xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
              'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
              'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
              'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"',
              'application/vnd.oasis.opendocument.spreadsheet', 'mimetype', 'content.xml', 'META-INF/manifest.xml',
              '"float"', '"string"', '"date"', '"time"', '"boolean"', '"percentage"', '"currency"', '1048576', '16384',
              'PK\x03\x04', 'PK\x01\x02', 'PK\x05\x06', 'Identité', 'Identity', 'Contacts', 'Descriptions',
              'Capacités', 'Capabilities', 'Équipement', 'Equipment', 'Références', 'References', 'Marchés', 'Markets',
              'Certifications', 'Instructions', 'français (fr)', 'English (en)', 'Canada (CA)']
odf = ['# ODF: spreadsheet content and manifest tokens, zip signatures, form sheet names (scripts/fuzz-dictionaries.py).']
for e in odf_elements:
    odf += [quoted('<%s' % e), quoted('</%s>' % e)]
odf += [quoted(' %s="' % a) for a in odf_attributes] + [quoted(t) for t in odf_tokens]

os.makedirs('Fuzz/dictionaries', exist_ok=True)
def write(target, lines):
    with open('Fuzz/dictionaries/%s.dict' % target, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
for target in ('entry', 'mission', 'taxonomy'):
    write(target, catalogue)
write('ods', odf)
write('form', odf + catalogue[1:])
