/*
 * lazylib.h: libxml2 and libzip, loaded when a document first needs
 * them rather than when gapcheck starts.  Linked, they bring ICU,
 * libstdc++ and libcrypto with them, and loading those costs a run over
 * one text resume more than reading and analyzing it.  Used by
 * xmltext.c, read_html.c, read_docx.c, read_odt.c and zipread.c,
 * which call through the tables below; the pointers keep each
 * function's own type, so the compiler checks every call as before.
 */
#ifndef GAPCHECK_LAZYLIB_H
#define GAPCHECK_LAZYLIB_H

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <zip.h>

#define LAZYLIB_FN(f)	__typeof__(f)	*f

struct lazylib_xml {
	LAZYLIB_FN(htmlCreateMemoryParserCtxt);
	LAZYLIB_FN(htmlCtxtUseOptions);
	LAZYLIB_FN(htmlFreeParserCtxt);
	LAZYLIB_FN(htmlParseDocument);
	LAZYLIB_FN(xmlFreeTextReader);
	LAZYLIB_FN(xmlInitParser);
	LAZYLIB_FN(xmlReaderForIO);
	LAZYLIB_FN(xmlReaderForMemory);
	LAZYLIB_FN(xmlSetGenericErrorFunc);
	LAZYLIB_FN(xmlSetStructuredErrorFunc);
	LAZYLIB_FN(xmlSwitchEncoding);
	LAZYLIB_FN(xmlTextReaderConstLocalName);
	LAZYLIB_FN(xmlTextReaderConstNamespaceUri);
	LAZYLIB_FN(xmlTextReaderConstValue);
	LAZYLIB_FN(xmlTextReaderDepth);
	LAZYLIB_FN(xmlTextReaderGetParserLineNumber);
	LAZYLIB_FN(xmlTextReaderIsEmptyElement);
	LAZYLIB_FN(xmlTextReaderMoveToElement);
	LAZYLIB_FN(xmlTextReaderMoveToFirstAttribute);
	LAZYLIB_FN(xmlTextReaderMoveToNextAttribute);
	LAZYLIB_FN(xmlTextReaderNext);
	LAZYLIB_FN(xmlTextReaderNodeType);
	LAZYLIB_FN(xmlTextReaderRead);
	LAZYLIB_FN(xmlTextReaderSetStructuredErrorHandler);
	LAZYLIB_FN(xmlTextReaderValue);
	xmlFreeFunc	*xmlFree;	/* a variable, not a function */
};

struct lazylib_zip {
	LAZYLIB_FN(zip_discard);
	LAZYLIB_FN(zip_error_code_zip);
	LAZYLIB_FN(zip_error_fini);
	LAZYLIB_FN(zip_error_init);
	LAZYLIB_FN(zip_error_init_with_code);
	LAZYLIB_FN(zip_error_strerror);
	LAZYLIB_FN(zip_fclose);
	LAZYLIB_FN(zip_fdopen);
	LAZYLIB_FN(zip_file_get_error);
	LAZYLIB_FN(zip_fopen_index);
	LAZYLIB_FN(zip_fread);
	LAZYLIB_FN(zip_get_error);
	LAZYLIB_FN(zip_name_locate);
	LAZYLIB_FN(zip_open_from_source);
	LAZYLIB_FN(zip_source_buffer_create);
	LAZYLIB_FN(zip_source_free);
	LAZYLIB_FN(zip_stat_index);
	LAZYLIB_FN(zip_stat_init);
};

#undef LAZYLIB_FN

/* Filled by the functions below; read only once they return NULL. */
extern struct lazylib_xml	libxml;
extern struct lazylib_zip	libzip;

/*
 * Load the library once, whichever thread comes first (libxml2 is also
 * initialized then): NULL, or why it could not be loaded.
 */
const char	*lazylib_xml(void);
const char	*lazylib_zip(void);

/* libxml2's xmlFree(), through the pointer the library holds. */
void		 lazylib_xml_free(void *);

#endif
