/*
 * jsonw.c: fuzz the streaming JSON writer.  The bytes are a program:
 * a layout, then operations (a string, an integer, a real, a boolean,
 * null, open an object or array, close one).  Each is done twice: with
 * jsonw.c, and on a jansson tree of what it should mean.  The output
 * must parse back with jansson to a value equal to the tree, and must
 * be byte for byte what jansson's own dumper writes for that tree in
 * the same layout; a difference aborts.
 */
#include <math.h>
#include <string.h>

#include <jansson.h>
#include <utf8proc.h>

#include "jsonw.h"
#include "fuzz.h"

#define MAX_DEPTH	32

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

/* The bytes being read as a program. */
struct prog {
	const uint8_t	*p;
	size_t		 n;
};

static unsigned
byte(struct prog *pr)
{
	if (pr->n == 0)
		return 0;
	pr->n--;
	return *pr->p++;
}

static void
take(struct prog *pr, void *to, size_t n)
{
	memset(to, 0, n);
	if (n > pr->n)
		n = pr->n;
	memcpy(to, pr->p, n);
	pr->p += n;
	pr->n -= n;
}

/*
 * s as jsonw.c must write it: each byte that starts no valid UTF-8
 * character replaced with U+FFFD; utf8proc decides what is valid, a
 * second opinion beside jsonw.c's own.
 */
static char *
sanitized(const char *s, size_t n, size_t *outlen)
{
	utf8proc_int32_t	 cp;
	utf8proc_ssize_t	 k;
	char			*t;
	size_t			 i = 0, o = 0;

	if ((t = malloc(n * 3 + 1)) == NULL)
		abort();
	while (i < n) {
		if (s[i] == '\0') {		/* utf8proc stops at NUL */
			t[o++] = s[i++];
			continue;
		}
		k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
		    (utf8proc_ssize_t)(n - i), &cp);
		if (k <= 0) {
			memcpy(t + o, "\xef\xbf\xbd", 3);
			o += 3;
			i++;
			continue;
		}
		memcpy(t + o, s + i, (size_t)k);
		o += (size_t)k;
		i += (size_t)k;
	}
	t[o] = '\0';
	*outlen = o;
	return t;
}

/* A string of the program: a length byte, then that many bytes. */
static char *
string(struct prog *pr, size_t *len)
{
	char	*s;

	*len = byte(pr);
	if ((s = malloc(*len + 1)) == NULL)
		abort();
	take(pr, s, *len);
	s[*len] = '\0';
	return s;
}

/* Add v to the innermost container of the tree (under key in objects). */
static void
add(json_t **stack, size_t depth, const char *key, json_t *v)
{
	if (v == NULL)
		abort();
	if (json_is_object(stack[depth])) {
		if (json_object_set_new(stack[depth], key, v) != 0)
			abort();
	} else if (json_array_append_new(stack[depth], v) != 0)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct prog	 pr = { data, size };
	json_t		*stack[MAX_DEPTH + 1], *v, *back;
	json_error_t	 err;
	struct jsonw	*w;
	char		*out = NULL, *want, *s, *t, key[1024];
	size_t		 outlen = 0, depth = 0, len, tlen, nkeys = 0;
	FILE		*f;
	int		 layout, flags, inlined = 0;
	long long	 i;
	double		 x;
	unsigned	 op;

	/* Compact, spaced, or indented by 1 to 8. */
	layout = (int)(byte(&pr) % 10) - 1;
	flags = layout == JSONW_COMPACT ? JSON_COMPACT : layout > 0 ?
	    JSON_INDENT(layout) : 0;
	flags |= JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6) |
	    JSON_ENCODE_ANY;
	if ((f = open_memstream(&out, &outlen)) == NULL)
		abort();
	w = jsonw_new(f, layout);
	if (byte(&pr) & 1) {
		jsonw_object(w);
		stack[0] = json_object();
	} else {
		jsonw_array(w);
		stack[0] = json_array();
	}
	while (pr.n > 0) {
		op = byte(&pr) % 9;
		if (op == 7) {				/* close */
			if (depth > 0) {
				jsonw_end(w);
				depth--;
			}
			continue;
		}
		if (op == 8) {		/* the next container on one line */
			jsonw_inline(w);
			inlined = 1;
			continue;
		}
		if ((op == 5 || op == 6) && depth == MAX_DEPTH)
			continue;
		if (json_is_object(stack[depth])) {
			/* Keys are made unique: a repeated key is another
			 * story in jansson's tree. */
			s = string(&pr, &len);
			t = sanitized(s, strlen(s), &tlen);
			snprintf(key, sizeof(key), "%s#%zu", s, nkeys);
			jsonw_key(w, key);
			snprintf(key, sizeof(key), "%s#%zu", t, nkeys++);
			free(s);
			free(t);
		}
		switch (op) {
		case 0:
			s = string(&pr, &len);
			jsonw_stringn(w, s, len);
			t = sanitized(s, len, &tlen);
			add(stack, depth, key, json_stringn(t, tlen));
			free(s);
			free(t);
			break;
		case 1:
			take(&pr, &i, sizeof(i));
			jsonw_int(w, i);
			add(stack, depth, key, json_integer(i));
			break;
		case 2:
			take(&pr, &x, sizeof(x));
			jsonw_real(w, x);
			add(stack, depth, key, isfinite(x) ? json_real(x) :
			    json_null());
			break;
		case 3:
			op = byte(&pr) & 1;
			jsonw_bool(w, (int)op);
			add(stack, depth, key, json_boolean(op));
			break;
		case 4:
			jsonw_null(w);
			add(stack, depth, key, json_null());
			break;
		default:
			if (op == 5)
				jsonw_object(w);
			else
				jsonw_array(w);
			v = op == 5 ? json_object() : json_array();
			add(stack, depth, key, v);
			stack[++depth] = v;
			break;
		}
	}
	while (depth-- > 0)
		jsonw_end(w);
	jsonw_end(w);
	jsonw_free(w);
	if (fclose(f) != 0)
		abort();

	/* Byte for byte as jansson dumps it (it has no one-line mode). */
	if (!inlined) {
		if ((want = json_dumps(stack[0], (size_t)flags)) == NULL)
			abort();
		if (strlen(want) != outlen || memcmp(want, out, outlen) != 0) {
			fprintf(stderr, "jsonw:   %s\njansson: %s\n", out, want);
			abort();
		}
		free(want);
	}
	/* And the same value read back, reals to six digits. */
	if ((back = json_loadb(out, outlen, JSON_ALLOW_NUL, &err)) == NULL) {
		fprintf(stderr, "%s: %s\n", out, err.text);
		abort();
	}
	if ((want = json_dumps(stack[0], (size_t)flags)) == NULL)
		abort();
	json_decref(stack[0]);
	if ((stack[0] = json_loads(want, JSON_ALLOW_NUL, &err)) == NULL)
		abort();
	if (!json_equal(back, stack[0])) {
		fprintf(stderr, "read back differs: %s\n", out);
		abort();
	}
	free(want);
	json_decref(back);
	json_decref(stack[0]);
	free(out);
	return 0;
}
