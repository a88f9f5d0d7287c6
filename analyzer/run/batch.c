/*
 * batch.c: workers and an ordered writer.
 *
 * Input i goes to slot i % window.  A worker takes the next input (the
 * enumeration is serialized), analyzes it and renders its record and
 * its diagnostics into memory; the writer, the calling thread, waits
 * for slot after slot in order and writes them out.  A worker may not
 * run further ahead than the window.  A record that grows past
 * RECORD_SPILL (a JSON report of a huge document can be twice its
 * size) is not kept: its worker waits for its turn and writes it out
 * as it is rendered.  Memory is bounded by the window times the spill.
 */
#define _GNU_SOURCE		/* fopencookie */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "analyze.h"
#include "batch.h"
#include "diag.h"
#include "inputs.h"
#include "lexicon.h"
#include "progress.h"
#include "rank.h"
#include "read.h"
#include "util.h"

/* Inputs in flight per worker: enough to keep all busy past a slow one. */
#define WINDOW_PER_JOB	8
/* How many most-missing skills the summary lists. */
#define SUMMARY_TOP	15
/* A record larger than this is written as it is rendered. */
#define RECORD_SPILL	(1u << 20)

enum slot_state { SLOT_FREE, SLOT_BUSY, SLOT_DONE };

struct slot {
	enum slot_state	 state;
	size_t		 index;
	char		*out;		/* the record */
	size_t		 outlen;
	char		*err;		/* its diagnostics, for stderr */
	size_t		 errlen;
	int		 status;
	int		 write_errno;	/* writing it straight out failed */
	int		 failed;
	int		 skipped;
	size_t		 reached;	/* for the summary */
	size_t		 target;
	size_t		*missing;
	size_t		 nmissing;
	size_t		*also;		/* skills beyond the role, found */
	size_t		 nalso;
	struct rank_row	 row;		/* --rank */
};

struct batch {
	const struct batch_options	*opts;
	const struct lexicon		*lx;
	struct inputs			*inputs;
	struct slot			*slots;
	size_t				 window;
	size_t				 taken;		/* inputs handed out */
	size_t				 written;	/* slots written */
	int				 exhausted;	/* no more inputs */
	FILE				*out;
	int				 werr;		/* output failed */
	char				*tail;		/* diagnostics after the last */
	size_t				 taillen;
	pthread_mutex_t			 lock;
	pthread_cond_t			 changed;
};

/* The summary: what is missing, overall and per target stage. */
struct summary {
	size_t	 resumes;
	size_t	*reached;	/* per stage, and [nstages]: none */
	size_t	*targets;	/* resumes per target stage */
	size_t	*missing;	/* per requirement */
	size_t	*missing_at;	/* per target stage and requirement */
	size_t	*also;		/* per skill: resumes showing it beyond the role */
};

/*
 * Write a record with as few write(2) calls as the kernel takes, past
 * stdio: several gapchecks may share one output file (xargs -P), and
 * one write keeps a record whole where stdio would cut it in pieces.
 */
static int
write_record(FILE *out, const char *p, size_t len)
{
	ssize_t	n;
	int	fd = fileno(out);

	if (fd < 0)
		return fwrite(p, 1, len, out) == len ? 0 : -1;
	while (len > 0) {
		n = write(fd, p, len);
		if (n == -1 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/*
 * The record of one slot as a stdio stream: kept in memory, unless it
 * outgrows RECORD_SPILL; then its worker waits until every earlier
 * record is written and writes this one straight out, in order still.
 */
struct record_sink {
	struct batch	*b;
	struct slot	*sl;
	struct buf	 kept;
	int		 direct;	/* its turn came: writing straight out */
	int		 dropped;	/* output had already failed */
};

static void
sink_out(struct record_sink *k, const char *p, size_t n)
{
	/* After a failure the rest is dropped; the writer reports it. */
	if (!k->dropped && k->sl->write_errno == 0 &&
	    write_record(k->b->out, p, n) != 0)
		k->sl->write_errno = errno ? errno : EIO;
}

static ssize_t
sink_write(void *cookie, const char *p, size_t n)
{
	struct record_sink	*k = cookie;
	struct batch		*b = k->b;

	if (k->direct) {
		sink_out(k, p, n);
		return (ssize_t)n;
	}
	buf_add(&k->kept, p, n);
	if (k->kept.len < RECORD_SPILL)
		return (ssize_t)n;
	pthread_mutex_lock(&b->lock);
	while (b->written != k->sl->index)
		pthread_cond_wait(&b->changed, &b->lock);
	k->dropped = b->werr;
	pthread_mutex_unlock(&b->lock);
	k->direct = 1;
	sink_out(k, k->kept.data, k->kept.len);
	buf_free(&k->kept);
	return (ssize_t)n;
}

static int
sink_close(void *cookie)
{
	struct record_sink	*k = cookie;

	if (!k->direct) {
		k->sl->out = k->kept.data;
		k->sl->outlen = k->kept.len;
	} else
		buf_free(&k->kept);
	free(k);
	return 0;
}

static FILE *
record_open(struct batch *b, struct slot *sl)
{
	static const cookie_io_functions_t	io = {
		NULL, sink_write, NULL, sink_close
	};
	struct record_sink	*k = xcalloc(1, sizeof(*k));
	FILE			*f;

	k->b = b;
	k->sl = sl;
	if ((f = fopencookie(k, "w", io)) == NULL)
		xoom();
	return f;
}

/* The technologies beyond the role that a resume names, for --summary. */
static void
keep_also(struct slot *sl, const struct analysis *a)
{
	size_t	s;

	sl->nalso = 0;
	sl->also = NULL;
	for (s = 0; s < a->lx->nskills; s++) {
		if (a->findings->state[s] != SKILL_FOUND ||
		    lexicon_in_role(a->lx, s))
			continue;
		sl->also = xreallocarray(sl->also, sl->nalso + 1,
		    sizeof(*sl->also));
		sl->also[sl->nalso++] = s;
	}
}

/* Analyze one input into its slot.  Called without the lock. */
static void
run_one(struct batch *b, struct analyzer *an, struct slot *sl,
    struct input *in)
{
	const struct batch_options	*o = b->opts;
	const struct analysis		*a;
	struct diag			 d;
	struct doc			*doc = NULL;
	FILE				*out, *err;

	out = record_open(b, sl);
	err = open_memstream(&sl->err, &sl->errlen);
	if (err == NULL)
		xoom();
	diag_init(&d, err);
	if (in->error != NULL)
		diag_error(&d, EXIT_INPUT, in->path, 0, "%s", in->error);
	else
		doc = doc_read(in->path, &o->read, &d);
	if (doc == NULL && in->walked && in->error == NULL &&
	    doc_not_a_document(in->path)) {
		/* A picture in a folder of resumes: not an input at all. */
		sl->skipped = 1;
		fclose(err);
		free(sl->err);
		sl->err = NULL;
		sl->errlen = 0;
		fclose(out);
		return;
	}
	if (doc == NULL) {
		sl->failed = 1;
		if (o->rank)
			rank_row_error(&sl->row, in->path, d.last, sl->index);
		else if (o->backend->error != NULL && !o->summary)
			o->backend->error(out, b->lx, in->path, d.last,
			    sl->index);
	} else {
		a = analyzer_run(an, doc, o->target, &d);
		if (o->rank)
			rank_row_fill(&sl->row, a, sl->index);
		else if (!o->summary)
			o->backend->emit(out, a, &o->report, sl->index);
		sl->reached = a->score->reached;
		sl->target = a->score->target;
		sl->nmissing = a->score->nmissing;
		if (o->summary) {
			sl->missing = xreallocarray(NULL, sl->nmissing + 1,
			    sizeof(*sl->missing));
			memcpy(sl->missing, a->score->missing,
			    sl->nmissing * sizeof(*sl->missing));
			keep_also(sl, a);
		}
		doc_free(doc);
	}
	sl->status = d.status;
	fclose(out);
	fclose(err);
}

static void *
worker(void *arg)
{
	struct batch	*b = arg;
	struct analyzer	*an = analyzer_new(b->lx);
	struct slot	*sl;
	struct input	 in;
	struct diag	 d;
	char		*msgs = NULL;
	size_t		 msglen = 0;
	FILE		*f;
	int		 got;

	an->today = b->opts->today;
	if (b->opts->posting != NULL)
		analyzer_set_posting(an, b->opts->posting);
	pthread_mutex_lock(&b->lock);
	for (;;) {
		while (!b->exhausted &&
		    b->slots[b->taken % b->window].state != SLOT_FREE)
			pthread_cond_wait(&b->changed, &b->lock);
		if (b->exhausted)
			break;
		/* The enumeration's own warnings go with its next input. */
		if ((f = open_memstream(&msgs, &msglen)) == NULL)
			xoom();
		diag_init(&d, f);
		got = inputs_next(b->inputs, &in, &d);
		fclose(f);
		if (!got) {
			b->exhausted = 1;
			if (msglen > 0) {
				b->tail = msgs;
				b->taillen = msglen;
			} else
				free(msgs);
			msgs = NULL;
			pthread_cond_broadcast(&b->changed);
			break;
		}
		sl = &b->slots[b->taken % b->window];
		memset(sl, 0, sizeof(*sl));
		sl->state = SLOT_BUSY;
		sl->index = b->taken++;
		pthread_mutex_unlock(&b->lock);

		run_one(b, an, sl, &in);
		if (msglen > 0) {
			/* Enumeration warnings come before the input's own. */
			msgs = xreallocarray(msgs, msglen + sl->errlen + 1, 1);
			memcpy(msgs + msglen, sl->err ? sl->err : "",
			    sl->errlen + 1);
			free(sl->err);
			sl->err = msgs;
			sl->errlen += msglen;
		} else
			free(msgs);
		msgs = NULL;
		free(in.path);
		free(in.error);

		pthread_mutex_lock(&b->lock);
		sl->state = SLOT_DONE;
		pthread_cond_broadcast(&b->changed);
	}
	pthread_mutex_unlock(&b->lock);
	analyzer_free(an);
	return NULL;
}

static void
summary_add(struct summary *sm, const struct lexicon *lx,
    const struct slot *sl)
{
	size_t	i;

	sm->resumes++;
	sm->reached[sl->reached == LEX_NONE ? lx->nstages : sl->reached]++;
	sm->targets[sl->target]++;
	for (i = 0; i < sl->nmissing; i++) {
		sm->missing[sl->missing[i]]++;
		sm->missing_at[sl->target * lx->nreqs + sl->missing[i]]++;
	}
	for (i = 0; i < sl->nalso; i++)
		sm->also[sl->also[i]]++;
}

/* The indexes of the largest of ncounts counts, largest first. */
static size_t
most_often(const size_t *counts, const int *weights, size_t ncounts,
    size_t *out, size_t max)
{
	size_t	n = 0, i, j, k;

	for (i = 0; i < ncounts; i++) {
		if (counts[i] == 0)
			continue;
		/*
		 * Insertion into a short sorted list: max is small.  Ties
		 * go to the heavier, then to the earlier.
		 */
		for (j = 0; j < n && (counts[out[j]] > counts[i] ||
		    (counts[out[j]] == counts[i] && (weights == NULL ||
		    weights[out[j]] >= weights[i]))); j++)
			;
		if (j == max)
			continue;
		if (n < max)
			n++;
		for (k = n - 1; k > j; k--)
			out[k] = out[k - 1];
		out[j] = i;
	}
	return n;
}

/*
 * The requirement indexes, most often missing first and the heavier
 * first among equals, in out[0..n): a requirement every resume misses
 * at weight 5 comes before one every resume misses at weight 1.
 */
static size_t
most_missing(const struct lexicon *lx, const size_t *counts, size_t *out,
    size_t max)
{
	int	*w = xreallocarray(NULL, lx->nreqs + 1, sizeof(*w));
	size_t	 i, n;

	for (i = 0; i < lx->nreqs; i++)
		w[i] = lx->reqs[i].weight;
	n = most_often(counts, w, lx->nreqs, out, max);
	free(w);
	return n;
}

static const char *
req_id(const struct lexicon *lx, size_t r)
{
	return lx->reqs[r].is_group ? lx->groups[lx->reqs[r].index].id :
	    lx->skills[lx->reqs[r].index].id;
}

static const char *
req_name(const struct lexicon *lx, size_t r)
{
	return lx->reqs[r].is_group ? lx->groups[lx->reqs[r].index].name :
	    lx->skills[lx->reqs[r].index].name;
}

static void
summary_text(FILE *out, const struct summary *sm, const struct lexicon *lx,
    const struct batch_counts *c)
{
	size_t	top[SUMMARY_TOP], n, i, s;

	fprintf(out, "Cohort: %zu resumes analyzed, %zu could not be read, "
	    "role %s\n\nStage reached\n", sm->resumes, c->failed, lx->role);
	for (s = 0; s <= lx->nstages; s++)
		fprintf(out, "  %-10s %6zu  %5.1f%%\n", s < lx->nstages ?
		    lx->stages[s].id : "none", sm->reached[s], sm->resumes ?
		    100.0 * sm->reached[s] / sm->resumes : 0.0);
	n = most_missing(lx, sm->missing, top, SUMMARY_TOP);
	fputs("\nMost often missing (resumes, share, weight)\n", out);
	for (i = 0; i < n; i++)
		fprintf(out, "  %6zu  %5.1f%%  %d  %s\n", sm->missing[top[i]],
		    100.0 * sm->missing[top[i]] / sm->resumes,
		    lx->reqs[top[i]].weight, req_name(lx, top[i]));
	for (s = 0; s < lx->nstages; s++) {
		if (sm->targets[s] == 0)
			continue;
		fprintf(out, "\nTarget %s (%zu resumes): most often missing\n",
		    lx->stages[s].id, sm->targets[s]);
		n = most_missing(lx, sm->missing_at + s * lx->nreqs, top, 5);
		for (i = 0; i < n; i++)
			fprintf(out, "  %6zu  %5.1f%%  %d  %s\n",
			    sm->missing_at[s * lx->nreqs + top[i]],
			    100.0 * sm->missing_at[s * lx->nreqs + top[i]] /
			    sm->targets[s], lx->reqs[top[i]].weight,
			    req_name(lx, top[i]));
	}
	n = most_often(sm->also, NULL, lx->nskills, top, SUMMARY_TOP);
	if (n > 0)
		fputs("\nAlso shows, beyond the role: most common\n", out);
	for (i = 0; i < n; i++)
		fprintf(out, "  %6zu  %5.1f%%  %s (%s)\n", sm->also[top[i]],
		    100.0 * sm->also[top[i]] / sm->resumes,
		    lx->skills[top[i]].name,
		    lx->kinds[lx->skills[top[i]].kind].name);
}

static void
summary_json(FILE *out, const struct summary *sm, const struct lexicon *lx,
    const struct batch_counts *c, int compact)
{
	size_t	top[SUMMARY_TOP], n, i, s;
	const char *nl = compact ? "" : "\n", *ind = compact ? "" : "  ";

	/* Hand-written: ids and counts only, nothing to escape. */
	fprintf(out, "{%s%s\"summary\": {\"role\": \"%s\", \"resumes\": %zu, "
	    "\"failed\": %zu,%s%s\"stages_reached\": {", nl, ind, lx->role,
	    sm->resumes, c->failed, nl, ind);
	for (s = 0; s <= lx->nstages; s++)
		fprintf(out, "%s\"%s\": %zu", s ? ", " : "", s < lx->nstages ?
		    lx->stages[s].id : "none", sm->reached[s]);
	fprintf(out, "},%s%s\"most_missing\": [", nl, ind);
	n = most_missing(lx, sm->missing, top, SUMMARY_TOP);
	for (i = 0; i < n; i++)
		fprintf(out, "%s{\"id\": \"%s\", \"count\": %zu, "
		    "\"weight\": %d}", i ? ", " : "", req_id(lx, top[i]),
		    sm->missing[top[i]], lx->reqs[top[i]].weight);
	fprintf(out, "],%s%s\"by_target\": [", nl, ind);
	for (s = 0, i = 0; s < lx->nstages; s++) {
		size_t	k;

		if (sm->targets[s] == 0)
			continue;
		fprintf(out, "%s{\"stage\": \"%s\", \"resumes\": %zu, "
		    "\"most_missing\": [", i++ ? ", " : "", lx->stages[s].id,
		    sm->targets[s]);
		n = most_missing(lx, sm->missing_at + s * lx->nreqs, top, 5);
		for (k = 0; k < n; k++)
			fprintf(out, "%s{\"id\": \"%s\", \"count\": %zu, "
			    "\"weight\": %d}", k ? ", " : "",
			    req_id(lx, top[k]),
			    sm->missing_at[s * lx->nreqs + top[k]],
			    lx->reqs[top[k]].weight);
		fputs("]}", out);
	}
	fprintf(out, "],%s%s\"also_shows\": [", nl, ind);
	n = most_often(sm->also, NULL, lx->nskills, top, SUMMARY_TOP);
	for (i = 0; i < n; i++)
		fprintf(out, "%s{\"id\": \"%s\", \"count\": %zu}",
		    i ? ", " : "", lx->skills[top[i]].id, sm->also[top[i]]);
	fprintf(out, "]%s}}\n", nl);
}

int
batch_run(const struct batch_options *o, const struct lexicon *lx,
    FILE *out, struct diag *diag, struct batch_counts *c)
{
	struct batch	 b;
	struct summary	 sm;
	struct slot	*sl;
	struct progress	*pg = NULL;
	struct ranking	*rk = NULL;
	pthread_t	*threads;
	size_t		 taken;
	int		 i, nthreads = o->jobs > 0 ? o->jobs : 1, werr = 0;
	int		 exhausted;

	memset(c, 0, sizeof(*c));
	memset(&b, 0, sizeof(b));
	memset(&sm, 0, sizeof(sm));
	b.opts = o;
	b.lx = lx;
	b.out = out;
	if ((b.inputs = inputs_new(o->inputs, o->ninputs, o->files_from,
	    o->nul, diag)) == NULL)
		return 0;
	b.window = (size_t)nthreads * WINDOW_PER_JOB;
	b.slots = xcalloc(b.window, sizeof(*b.slots));
	pthread_mutex_init(&b.lock, NULL);
	pthread_cond_init(&b.changed, NULL);
	sm.reached = xcalloc(lx->nstages + 1, sizeof(*sm.reached));
	sm.targets = xcalloc(lx->nstages, sizeof(*sm.targets));
	sm.missing = xcalloc(lx->nreqs + 1, sizeof(*sm.missing));
	sm.also = xcalloc(lx->nskills + 1, sizeof(*sm.also));
	sm.missing_at = xcalloc(lx->nstages * lx->nreqs + 1,
	    sizeof(*sm.missing_at));

	if (o->rank)
		rk = rank_new(o->posting, lx);
	else if (!o->summary && o->backend->header != NULL)
		o->backend->header(out, lx);
	if (fflush(out) != 0)		/* records go past stdio */
		werr = b.werr = 1;
	if (o->progress)
		pg = progress_start(o->inputs, o->ninputs, o->files_from,
		    o->nul);
	threads = xcalloc((size_t)nthreads, sizeof(*threads));
	for (i = 0; i < nthreads; i++)
		if (pthread_create(&threads[i], NULL, worker, &b) != 0) {
			diag_error(diag, EXIT_SYSTEM, NULL, 0, "cannot start a "
			    "worker thread: %s", strerror(errno));
			nthreads = i;
			break;
		}

	pthread_mutex_lock(&b.lock);
	for (;;) {
		sl = &b.slots[b.written % b.window];
		while (!(sl->state == SLOT_DONE && sl->index == b.written) &&
		    !(b.exhausted && b.written == b.taken))
			pthread_cond_wait(&b.changed, &b.lock);
		if (sl->state != SLOT_DONE || sl->index != b.written)
			break;		/* all written */
		taken = b.taken;
		exhausted = b.exhausted;
		pthread_mutex_unlock(&b.lock);

		/* Diagnostics and record of input b.written, in order. */
		if (sl->errlen > 0) {
			progress_erase(pg);
			fwrite(sl->err, 1, sl->errlen, diag->out);
		}
		diag_raise(diag, sl->status);
		if (sl->skipped)
			c->skipped++;
		else {
			c->inputs++;
			if (sl->failed)
				c->failed++;
			else if (o->summary)
				summary_add(&sm, lx, sl);
			if (rk != NULL)
				rank_add(rk, &sl->row);
		}
		/* A record at a time reaches a reader at once (JSONL). */
		if (!werr && sl->outlen > 0 &&
		    write_record(out, sl->out, sl->outlen) != 0)
			sl->write_errno = errno;
		if (!werr && sl->write_errno != 0) {
			diag_error(diag, EXIT_SYSTEM, "standard output", 0,
			    "%s", strerror(sl->write_errno));
			werr = 1;
		}
		if (pg != NULL)
			progress_update(pg, c->inputs + c->skipped, taken,
			    exhausted);
		free(sl->out);
		free(sl->err);
		free(sl->missing);
		free(sl->also);
		rank_row_free(&sl->row);

		pthread_mutex_lock(&b.lock);
		sl->state = SLOT_FREE;
		b.written++;
		if (werr)
			b.exhausted = b.werr = 1;	/* nothing more to write */
		pthread_cond_broadcast(&b.changed);
	}
	pthread_mutex_unlock(&b.lock);
	for (i = 0; i < nthreads; i++)
		pthread_join(threads[i], NULL);
	if (b.taillen > 0)
		fwrite(b.tail, 1, b.taillen, diag->out);
	progress_end(pg);

	if (rk != NULL) {
		if (!werr)
			rank_write(rk, out, o->backend->name, o->report.color);
		rank_free(rk);
	} else if (o->summary) {
		if (strcmp(o->backend->name, "json") == 0 ||
		    strcmp(o->backend->name, "jsonl") == 0)
			summary_json(out, &sm, lx, c,
			    strcmp(o->backend->name, "jsonl") == 0);
		else
			summary_text(out, &sm, lx, c);
	} else if (o->backend->footer != NULL)
		o->backend->footer(out);

	free(threads);
	free(b.tail);
	free(b.slots);
	free(sm.reached);
	free(sm.targets);
	free(sm.missing);
	free(sm.missing_at);
	free(sm.also);
	pthread_mutex_destroy(&b.lock);
	pthread_cond_destroy(&b.changed);
	inputs_free(b.inputs);
	return werr || ferror(out) ? -1 : 0;
}
