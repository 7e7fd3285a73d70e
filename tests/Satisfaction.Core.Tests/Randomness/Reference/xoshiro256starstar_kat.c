/*
 * Known-answer vectors for Satisfaction.Core.Randomness.SeededRandom.
 *
 * next() below is xoshiro256** 1.0 exactly as published by David Blackman and Sebastiano Vigna
 * (https://prng.di.unimi.it/xoshiro256starstar.c, public domain, CC0), and splitmix64() is Vigna's
 * splitmix64.c (https://prng.di.unimi.it/splitmix64.c, CC0) used, as the authors recommend, to fill the
 * 256-bit state from a 64-bit seed. to_double() is the authors' recommended conversion to [0, 1)
 * ("x >> 11) * 0x1.0p-53"). bounded() is Lemire's nearly-divisionless method (Lemire 2019, "Fast random
 * integer generation in an interval", ACM TOMACS 29(1)) on 128-bit products, as SeededRandom.NextInt64.
 *
 * Build and run (gcc 12 on x86-64 Linux produced xoshiro256starstar_kat.txt beside this file):
 *     gcc -std=c11 -O2 -Wall -Wextra -o kat xoshiro256starstar_kat.c && ./kat > xoshiro256starstar_kat.txt
 *
 * Output, one item per line:
 *     state S0 S1 S2 S3   raw state (hex); the next lines "u64 X" are next() outputs from that state
 *     seed N              the state filled by splitmix64 from the 64-bit seed N (signed decimal)
 *     u64 X               next() (unsigned decimal)
 *     double D            to_double(next()) (%.17g, enough to round-trip)
 *     bounded B X         bounded(B), a value in [0, B)
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

/* ---- xoshiro256starstar.c (Blackman & Vigna), unchanged ---- */
static inline uint64_t rotl(const uint64_t x, int k) {
	return (x << k) | (x >> (64 - k));
}

static uint64_t s[4];

uint64_t next(void) {
	const uint64_t result = rotl(s[1] * 5, 7) * 9;

	const uint64_t t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];

	s[2] ^= t;

	s[3] = rotl(s[3], 45);

	return result;
}

/* ---- splitmix64.c (Vigna), unchanged apart from the state being a parameter ---- */
static uint64_t splitmix64(uint64_t *x) {
	uint64_t z = (*x += 0x9e3779b97f4a7c15);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
	return z ^ (z >> 31);
}

static void seed_state(int64_t seed) {
	uint64_t x = (uint64_t)seed;
	s[0] = splitmix64(&x);
	s[1] = splitmix64(&x);
	s[2] = splitmix64(&x);
	s[3] = splitmix64(&x);
}

static double to_double(uint64_t x) {
	return (x >> 11) * 0x1.0p-53;
}

static uint64_t bounded(uint64_t range) {
	unsigned __int128 m = (unsigned __int128)next() * range;
	uint64_t low = (uint64_t)m;
	if (low < range) {
		uint64_t threshold = (0 - range) % range;
		while (low < threshold) {
			m = (unsigned __int128)next() * range;
			low = (uint64_t)m;
		}
	}
	return (uint64_t)(m >> 64);
}

int main(void) {
	/* The raw state {1, 2, 3, 4}: the vector other implementations (e.g. Rust's rand_xoshiro) publish. */
	s[0] = 1; s[1] = 2; s[2] = 3; s[3] = 4;
	printf("state 0x1 0x2 0x3 0x4\n");
	for (int i = 0; i < 10; i++) printf("u64 %" PRIu64 "\n", next());

	/* Seeds through splitmix64: 0, 1, a negative one, the demo's default and a weekly-draw seed. */
	const int64_t seeds[] = { 0, 1, -1, 2016, 20261130, INT64_MIN, INT64_MAX };
	for (size_t k = 0; k < sizeof seeds / sizeof *seeds; k++) {
		seed_state(seeds[k]);
		printf("seed %" PRId64 "\n", seeds[k]);
		for (int i = 0; i < 8; i++) printf("u64 %" PRIu64 "\n", next());
		for (int i = 0; i < 4; i++) printf("double %.17g\n", to_double(next()));
		const uint64_t bounds[] = { 1, 2, 3, 10, 1000, 1000003, 0x4000000000000001ULL, 0x7fffffffffffffffULL };
		for (size_t b = 0; b < sizeof bounds / sizeof *bounds; b++)
			printf("bounded %" PRIu64 " %" PRIu64 "\n", bounds[b], bounded(bounds[b]));
	}
	return 0;
}
