package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/parallax-news/parallax/internal/corpus"
	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/eval"
)

// Speed measures the whole per-document pipeline on a generated stream of news-like articles:
// throughput on one worker and on every CPU, and the peak heap while the stream flows, sampled
// early and late so a growing footprint shows. spec is "generated:MB" (default 20 MB).
func Speed(ctx context.Context, spec string, opts eval.Options) (*eval.Result, error) {
	mb := 20
	if s, ok := strings.CutPrefix(spec, "generated:"); ok {
		n, err := strconv.Atoi(strings.TrimSuffix(strings.ToUpper(s), "MB"))
		if err != nil || n <= 0 {
			return nil, fmt.Errorf("pipeline: speed: bad size in %q (want generated:MB)", spec)
		}
		mb = n
	} else if spec != "" && spec != "generated" {
		return nil, fmt.Errorf("pipeline: speed: unknown corpus %q (want generated:MB)", spec)
	}
	res := &eval.Result{Task: "speed", Dataset: fmt.Sprintf("generated news stream, %d MB", mb), Scores: map[string]float64{}}
	one, err := runSpeed(ctx, 1, mb)
	if err != nil {
		return nil, err
	}
	all, err := runSpeed(ctx, runtime.NumCPU(), mb)
	if err != nil {
		return nil, err
	}
	res.Extra = append(res.Extra,
		fmt.Sprintf("1 worker:  %.2f MB/s, %.0f words/s, %d documents, peak heap %.1f MB (first tenth %.1f MB)", one.mbps, one.wps, one.docs, one.peak, one.early),
		fmt.Sprintf("%d workers: %.2f MB/s, %.0f words/s, peak heap %.1f MB (first tenth %.1f MB)", runtime.NumCPU(), all.mbps, all.wps, all.peak, all.early),
		fmt.Sprintf("scaling %d workers / 1 worker: %.2fx", runtime.NumCPU(), all.mbps/one.mbps))
	res.Scores["mb_per_s_1core"] = one.mbps
	res.Scores["words_per_s_1core"] = one.wps
	res.Scores[fmt.Sprintf("mb_per_s_%dcores", runtime.NumCPU())] = all.mbps
	res.Scores["peak_heap_mb"] = max(one.peak, all.peak)
	res.Scores["heap_growth_ratio"] = one.peak / max(one.early, 1)
	res.Metric, res.Value = "mb_per_s_1core", one.mbps
	return res, nil
}

type speedRun struct {
	mbps, wps, peak, early float64
	docs                   int
}

func runSpeed(ctx context.Context, workers, mb int) (speedRun, error) {
	p, err := New(Config{Workers: workers, Published: "2026-03-10"})
	if err != nil {
		return speedRun{}, err
	}
	limit := mb << 20
	var (
		mu          sync.Mutex
		peak, early float64
		bytes, wrds int
		docs        int
	)
	stop := make(chan struct{})
	done := make(chan struct{})
	runtime.GC()
	go func() {
		defer close(done)
		var ms runtime.MemStats
		t := time.NewTicker(25 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				runtime.ReadMemStats(&ms)
				h := float64(ms.HeapInuse) / (1 << 20)
				mu.Lock()
				peak = max(peak, h)
				if bytes < limit/10 {
					early = max(early, h)
				}
				mu.Unlock()
			}
		}
	}()
	start := time.Now()
	read := func(ctx context.Context, fn func(*doc.Source) error) error {
		seed := uint64(1)
		produced := 0
		for produced < limit {
			for _, a := range corpus.Generate(seed, 20, 800) {
				if err := fn(&doc.Source{Name: fmt.Sprintf("gen-%d-%d", seed, produced), Format: "text", Raw: []byte(a.Text()), Outlet: a.Outlet}); err != nil {
					return err
				}
				produced += len(a.Text())
				if produced >= limit {
					break
				}
			}
			seed++
		}
		return nil
	}
	err = p.RunSources(ctx, read, func(d *doc.Document) error {
		mu.Lock()
		bytes += len(d.Text)
		wrds += strings.Count(d.Text, " ") + 1
		docs++
		mu.Unlock()
		return nil
	})
	el := time.Since(start).Seconds()
	close(stop)
	<-done
	if err != nil {
		return speedRun{}, err
	}
	return speedRun{mbps: float64(bytes) / (1 << 20) / el, wps: float64(wrds) / el, peak: peak, early: early, docs: docs}, nil
}
