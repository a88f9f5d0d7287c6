/*
 * lazylib.c: libxml2 and libzip through dlopen(3), as read_pdf.c does
 * for poppler.  RTLD_LOCAL: nothing else resolves against them.
 */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

#include "lazylib.h"

#ifndef LIBXML2_SONAME
#define LIBXML2_SONAME	"libxml2.so.2"
#endif
#ifndef LIBZIP_SONAME
#define LIBZIP_SONAME	"libzip.so.4"
#endif

struct lazylib_xml	libxml;
struct lazylib_zip	libzip;

static pthread_once_t	xml_once = PTHREAD_ONCE_INIT;
static pthread_once_t	zip_once = PTHREAD_ONCE_INIT;
static char		xml_error[300];	/* why, or "" */
static char		zip_error[300];

/* The handle of soname, or NULL with why in err. */
static void *
open_lib(const char *soname, char *err, size_t errsize)
{
	void		*h;
	const char	*e;

	if ((h = dlopen(soname, RTLD_NOW | RTLD_LOCAL)) == NULL) {
		e = dlerror();
		snprintf(err, errsize, "%s", e != NULL ? e : soname);
	}
	return h;
}

#define LOAD(h, table, name, soname, err)				\
	if ((*(void **)&table.name = dlsym(h, #name)) == NULL) {	\
		snprintf(err, sizeof(err), "%s: no %s", soname, #name);	\
		return;							\
	}

static void
xml_init_once(void)
{
	void	*h;

	if ((h = open_lib(LIBXML2_SONAME, xml_error,
	    sizeof(xml_error))) == NULL)
		return;
#define X(name)	LOAD(h, libxml, name, LIBXML2_SONAME, xml_error)
	X(htmlCreateMemoryParserCtxt)
	X(htmlCtxtUseOptions)
	X(htmlFreeParserCtxt)
	X(htmlParseDocument)
	X(xmlFreeTextReader)
	X(xmlInitParser)
	X(xmlReaderForIO)
	X(xmlReaderForMemory)
	X(xmlSetGenericErrorFunc)
	X(xmlSetStructuredErrorFunc)
	X(xmlSwitchEncoding)
	X(xmlTextReaderConstLocalName)
	X(xmlTextReaderConstNamespaceUri)
	X(xmlTextReaderConstValue)
	X(xmlTextReaderDepth)
	X(xmlTextReaderGetParserLineNumber)
	X(xmlTextReaderIsEmptyElement)
	X(xmlTextReaderMoveToElement)
	X(xmlTextReaderMoveToFirstAttribute)
	X(xmlTextReaderMoveToNextAttribute)
	X(xmlTextReaderNext)
	X(xmlTextReaderNodeType)
	X(xmlTextReaderRead)
	X(xmlTextReaderSetStructuredErrorHandler)
	X(xmlTextReaderValue)
	X(xmlFree)
#undef X
	/* Once, before any parse: libxml2 must not set up in two threads. */
	libxml.xmlInitParser();
}

static void
zip_init_once(void)
{
	void	*h;

	if ((h = open_lib(LIBZIP_SONAME, zip_error,
	    sizeof(zip_error))) == NULL)
		return;
#define Z(name)	LOAD(h, libzip, name, LIBZIP_SONAME, zip_error)
	Z(zip_discard)
	Z(zip_error_code_zip)
	Z(zip_error_fini)
	Z(zip_error_init)
	Z(zip_error_init_with_code)
	Z(zip_error_strerror)
	Z(zip_fclose)
	Z(zip_fdopen)
	Z(zip_file_get_error)
	Z(zip_fopen_index)
	Z(zip_fread)
	Z(zip_get_error)
	Z(zip_name_locate)
	Z(zip_open_from_source)
	Z(zip_source_buffer_create)
	Z(zip_source_free)
	Z(zip_stat_index)
	Z(zip_stat_init)
#undef Z
}

#undef LOAD

const char *
lazylib_xml(void)
{
	pthread_once(&xml_once, xml_init_once);
	return xml_error[0] != '\0' ? xml_error : NULL;
}

const char *
lazylib_zip(void)
{
	pthread_once(&zip_once, zip_init_once);
	return zip_error[0] != '\0' ? zip_error : NULL;
}

void
lazylib_xml_free(void *p)
{
	(*libxml.xmlFree)(p);
}
