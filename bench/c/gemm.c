/* The GEMM ceiling for nn's benchmark: the same 128x784 @ 784x512 float32 product as
 * tensor.sgemm.128x784x512, through the same OpenBLAS, timed the same way as nn-bench
 * (repetitions calibrated until a sample takes >= 20 ms, 9 samples, median). */
#include <cblas.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int cmp(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(void) {
    const int m = 128, k = 784, n = 512;
    float *a = malloc(sizeof(float) * m * k), *b = malloc(sizeof(float) * k * n);
    for (int i = 0; i < m * k; i++) a[i] = (float)(i % 17) * 0.01f;
    for (int i = 0; i < k * n; i++) b[i] = (float)(i % 13) * 0.02f - 0.1f;
    double sink = 0;
    /* Like the Swift workload, each repetition allocates its output. */
#define REP() do { float *c = malloc(sizeof(float) * m * n); \
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, m, n, k, 1.0f, a, k, b, n, 0.0f, c, n); \
        sink += c[0]; free(c); } while (0)
    long reps = 1;
    for (;;) {
        double t0 = now();
        for (long r = 0; r < reps; r++) REP();
        double dt = now() - t0;
        if (dt >= 0.02 || reps >= (1L << 24)) break;
        reps *= dt < 0.002 ? 10 : 2;
    }
    double times[9];
    for (int s = 0; s < 9; s++) {
        double t0 = now();
        for (long r = 0; r < reps; r++) REP();
        times[s] = (now() - t0) / reps;
    }
    qsort(times, 9, sizeof(double), cmp);
    double median = times[4];
    printf("%-34s median %.2f µs    (min %.2f µs, max %.2f µs)  %.1f GFLOPS  — C cblas_sgemm, same OpenBLAS (core %s)%s\n",
           "c.sgemm.128x784x512", median * 1e6, times[0] * 1e6, times[8] * 1e6,
           2.0 * m * k * n / median / 1e9, openblas_get_corename(), sink == 12345.678 ? " " : "");
    free(a);
    free(b);
    return 0;
}
