/*
 * progress.c: the batch progress line, and the census that knows its
 * total.
 */
#include <sys/stat.h>

#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "diag.h"
#include "inputs.h"
#include "progress.h"
#include "util.h"

/* How often the line is redrawn, and after how long it first shows. */
#define PROGRESS_EVERY	0.25
#define PROGRESS_AFTER	1.0

struct progress {
	double			 t0;
	double			 shown;		/* last drawn, or 0 */
	struct inputs		*census;	/* NULL: total not countable */
	pthread_t		 thread;
	int			 counting;	/* the thread runs */
	pthread_mutex_t		 lock;
	size_t			 total;		/* under lock */
	int			 known;		/* under lock */
	int			 stop;		/* under lock */
	struct sigaction	 old_int, old_term;
};

/* Whether the line is on the screen: what the signal handler erases. */
static volatile sig_atomic_t	drawn;

static double
now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Erase the line, then die of the signal as if no handler were set. */
static void
on_signal(int sig)
{
	static const char	erase[] = "\r\033[K";
	ssize_t			n;

	if (drawn)
		n = write(STDERR_FILENO, erase, sizeof(erase) - 1);
	(void)n;
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Walk the inputs once, counting them, unless told to stop. */
static void *
count_inputs(void *arg)
{
	struct progress	*p = arg;
	struct input	 in;
	struct diag	 quiet;
	size_t		 n = 0;
	int		 stop = 0;
	FILE		*devnull;

	/* The workers' walk warns about loops; this one need not. */
	if ((devnull = fopen("/dev/null", "w")) == NULL)
		return NULL;
	diag_init(&quiet, devnull);
	while (!stop && inputs_next(p->census, &in, &quiet)) {
		free(in.path);
		free(in.error);
		if (++n % 256 == 0) {
			pthread_mutex_lock(&p->lock);
			stop = p->stop;
			pthread_mutex_unlock(&p->lock);
		}
	}
	fclose(devnull);
	pthread_mutex_lock(&p->lock);
	if (!p->stop) {
		p->total = n;
		p->known = 1;
	}
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

struct progress *
progress_start(char **args, int nargs, const char *files_from, int nul)
{
	struct progress		*p = xcalloc(1, sizeof(*p));
	struct sigaction	 sa;
	struct stat		 st;
	struct diag		 quiet;

	p->t0 = now();
	pthread_mutex_init(&p->lock, NULL);

	/* A list read from a pipe can be read once only: by the workers. */
	if (files_from == NULL || (strcmp(files_from, "-") != 0 &&
	    stat(files_from, &st) == 0 && S_ISREG(st.st_mode))) {
		diag_init(&quiet, stderr);
		p->census = inputs_new(args, nargs, files_from, nul, &quiet);
	}
	if (p->census != NULL &&
	    pthread_create(&p->thread, NULL, count_inputs, p) == 0)
		p->counting = 1;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, &p->old_int);
	sigaction(SIGTERM, &sa, &p->old_term);
	return p;
}

/* "12 s", "4 min", "1 h 20 min": as precise as a guess deserves. */
static void
print_left(double s)
{
	if (s < 90)
		fprintf(stderr, "%.0f s left", s);
	else if (s < 5400)
		fprintf(stderr, "%.0f min left", s / 60);
	else
		fprintf(stderr, "%.0f h %.0f min left", s / 3600 - 0.5,
		    (double)((long)(s / 60) % 60));
}

void
progress_update(struct progress *p, size_t done, size_t taken,
    int exhausted)
{
	double	t = now(), rate;
	size_t	total = 0;
	int	known;

	if (t - p->t0 < PROGRESS_AFTER || t - p->shown < PROGRESS_EVERY)
		return;
	p->shown = t;
	pthread_mutex_lock(&p->lock);
	known = p->known;
	total = p->total;
	pthread_mutex_unlock(&p->lock);
	if (exhausted) {
		known = 1;
		total = taken;
	}
	rate = done / (t - p->t0);
	if (known && total >= done) {
		fprintf(stderr, "\r\033[Kgapcheck: %zu of %zu inputs, %.0f/s, ",
		    done, total, rate);
		if (rate > 0)
			print_left((total - done) / rate);
		else
			fputs("time left unknown", stderr);
	} else
		fprintf(stderr, "\r\033[Kgapcheck: %zu inputs, %.0f/s", done,
		    rate);
	fflush(stderr);
	drawn = 1;
}

void
progress_erase(struct progress *p)
{
	if (p == NULL || !drawn)
		return;
	drawn = 0;
	fputs("\r\033[K", stderr);
	fflush(stderr);
	p->shown = 0;
}

void
progress_end(struct progress *p)
{
	if (p == NULL)
		return;
	if (p->counting) {
		pthread_mutex_lock(&p->lock);
		p->stop = 1;
		pthread_mutex_unlock(&p->lock);
		pthread_join(p->thread, NULL);
	}
	inputs_free(p->census);
	progress_erase(p);
	sigaction(SIGINT, &p->old_int, NULL);
	sigaction(SIGTERM, &p->old_term, NULL);
	pthread_mutex_destroy(&p->lock);
	free(p);
}
