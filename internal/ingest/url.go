package ingest

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"syscall"
	"time"
)

// errPrivate is wrapped by fetches refused because they would reach a private address.
var errPrivate = errors.New("refusing to fetch a private, loopback or link-local address (use --allow-private)")

// publicOnly is a dialer Control function that refuses non-public addresses; it runs on the
// resolved address of every connection, so redirects and DNS tricks are covered.
func publicOnly(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return fmt.Errorf("cannot parse address %q", host)
	}
	if !public(ip) {
		return fmt.Errorf("%w: %s", errPrivate, ip)
	}
	return nil
}

// public reports whether ip is a globally routable unicast address.
func public(ip netip.Addr) bool {
	ip = ip.Unmap()
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsMulticast() || ip.IsUnspecified() || ip.IsInterfaceLocalMulticast() || !ip.IsValid() {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(ip) {
			return false
		}
	}
	return true
}

var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"), // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("64:ff9b::/96"), // NAT64 can reach anything
	netip.MustParsePrefix("fc00::/7"),
}

func (w *walker) httpClient() *http.Client {
	if w.client != nil {
		return w.client
	}
	tr := w.opts.Transport
	if tr == nil {
		d := &net.Dialer{Timeout: 10 * time.Second}
		if !w.opts.AllowPrivate {
			d.Control = publicOnly
		}
		tr = &http.Transport{
			Proxy:                 nil, // a proxy would hide the address actually reached
			DialContext:           d.DialContext,
			TLSHandshakeTimeout:   10 * time.Second,
			ResponseHeaderTimeout: 20 * time.Second,
			MaxIdleConnsPerHost:   2,
		}
	}
	maxRedirects := w.opts.MaxRedirects
	w.client = &http.Client{
		Transport: tr,
		Timeout:   w.opts.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > maxRedirects {
				return fmt.Errorf("more than %d redirects", maxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to unsupported scheme %q", req.URL.Scheme)
			}
			return nil
		},
	}
	return w.client
}

func (w *walker) url(u string) error {
	ctx, cancel := context.WithTimeout(w.ctx, w.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return w.fail(u, "", fmt.Errorf("bad URL: %w", err))
	}
	req.Header.Set("User-Agent", "parallax/1 (+https://github.com/parallax-news/parallax)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/json,text/plain;q=0.9,*/*;q=0.5")
	resp, err := w.httpClient().Do(req)
	if err != nil {
		if w.ctx.Err() != nil {
			return w.ctx.Err()
		}
		return w.fail(u, "", fetchError(err))
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return w.fail(u, "", fmt.Errorf("HTTP status %s", resp.Status))
	}
	if resp.ContentLength > w.opts.MaxBytes {
		return w.fail(u, "", fmt.Errorf("body is %s, over the %s limit", size(resp.ContentLength), size(w.opts.MaxBytes)))
	}
	b, err := readCapped(resp.Body, w.opts.MaxBytes)
	if err != nil {
		if w.ctx.Err() != nil {
			return w.ctx.Err()
		}
		return w.fail(u, "", err)
	}
	final := u
	if resp.Request != nil && resp.Request.URL != nil {
		final = resp.Request.URL.String()
	}
	return w.bytes(u, "", final, contentFormat(resp.Header.Get("Content-Type"), final), b)
}

// fetchError makes a transport error readable.
func fetchError(err error) error {
	if errors.Is(err, errPrivate) {
		return errPrivate
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return fmt.Errorf("cannot resolve host %q", dnsErr.Name)
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return errors.New("timed out")
	}
	return fmt.Errorf("unreachable: %w", err)
}

// contentFormat maps a Content-Type (or, failing that, the URL's extension) to a format.
func contentFormat(ct, u string) string {
	mt, _, _ := mime.ParseMediaType(ct)
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		return "html"
	case mt == "application/json" || strings.HasSuffix(mt, "+json"):
		return "json"
	case mt == "application/x-ndjson" || mt == "application/jsonl":
		return "jsonl"
	case mt == "application/rss+xml" || mt == "application/atom+xml" || mt == "application/rdf+xml":
		return "feed"
	case mt == "text/xml" || mt == "application/xml":
		return "xml"
	case mt == "text/markdown":
		return "markdown"
	case mt == "text/plain":
		return "text"
	}
	p := u
	if i := strings.IndexAny(p, "?#"); i >= 0 {
		p = p[:i]
	}
	for ext, f := range articleExts {
		if strings.HasSuffix(strings.ToLower(p), ext) {
			return f
		}
	}
	return ""
}
