#ifndef ALUCAT_CLIBXML2_SHIM_H
#define ALUCAT_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU; its UErrorCode clashes with Foundation's copy. */
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/xmlstring.h>
#include <libxml/xmlregexp.h>

/* xmlFree is a C global function pointer, which Swift 6 refuses to touch. */
static inline void alucat_xmlFree(void *p) { xmlFree(p); }

/* The process-wide depth limit, read-only for us (never raised). */
static inline unsigned int alucat_xmlParserMaxDepth(void) { return xmlParserMaxDepth; }

#endif
