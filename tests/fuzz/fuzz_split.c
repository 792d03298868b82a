/* A batch line's words (batch_split): whatever the bytes, a result of its
 * kind; words that fit in the line, and end with NULL; a refusal with a
 * reason, naming bytes the line has (or the line). Each input is split
 * twice over one set of buffers, as a batch's lines are. */
#define _GNU_SOURCE
#include "fuzz.h"
#include "batch.h"

static struct batch_words words;

static void check(const char *line, size_t len)
{
	int ret = batch_split(&words, line, len);
	size_t total = 0;

	if (ret == BATCH_BAD) {
		if (!words.bad_reason || strlen(words.bad_word) >= sizeof(words.bad_word))
			abort();
		if (words.bad_word[0] && strcmp(words.bad_word, "line") != 0 &&
		    !memmem(line, len, words.bad_word, strlen(words.bad_word)))
			abort();	/* it names bytes nobody typed */
		return;
	}
	if (ret == BATCH_CONTINUED)
		return;
	if (ret != BATCH_LINE || words.argc < 0 || words.argv[words.argc])
		abort();
	for (int i = 0; i < words.argc; i++)
		total += strlen(words.argv[i]) + 1;
	if (total > len + 1)
		abort();
}

/* The bytes as they are, NULs too, in a copy of exactly their size, so
 * that ASan sees any read past the length given. */
static void check_exact(const uint8_t *data, size_t len)
{
	char *text = malloc(len ? len : 1);

	if (!text)
		abort();
	memcpy(text, data, len);
	check(text, len);
	free(text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	check_exact(data, size);
	check_exact(data, size / 2);
	return 0;
}
