/*
 * sniff.h: tell what an input is from its first bytes, never from its
 * name.  Used by read.c to pick a reader or a precise error.
 */
#ifndef GAPCHECK_SNIFF_H
#define GAPCHECK_SNIFF_H

#include <stddef.h>

enum sniff_kind {
	SNIFF_TEXT,		/* UTF-8 or close enough: decoded as text */
	SNIFF_UTF16LE,		/* with or without a byte order mark */
	SNIFF_UTF16BE,
	SNIFF_HTML,		/* markup that opens like an HTML page */
	SNIFF_ZIP,		/* DOCX, ODT, or any zip archive */
	SNIFF_OLE,		/* Word 97-2003, or encrypted Office */
	SNIFF_PDF,
	SNIFF_RTF,		/* opens with {\rtf */
	SNIFF_BINARY		/* anything else that is not text */
};

/*
 * The kind of data[0..len).  For SNIFF_BINARY, *what names it ("a PNG
 * image", "binary data"); otherwise *what is NULL.
 */
enum sniff_kind	sniff(const unsigned char *data, size_t len,
		    const char **what);

/* What an OLE compound file (SNIFF_OLE) holds, from its stream names. */
enum sniff_ole {
	OLE_UNKNOWN,
	OLE_WORD,		/* a WordDocument stream: Word 97-2003 */
	OLE_ENCRYPTED,		/* EncryptedPackage: password-protected OOXML */
	OLE_EXCEL,		/* Workbook or Book */
	OLE_POWERPOINT		/* PowerPoint Document */
};

enum sniff_ole	sniff_ole(const unsigned char *data, size_t len);

#endif
