package datafile

import (
	"errors"
	"fmt"
	"reflect"
	"testing"
)

func TestLines(t *testing.T) {
	var got []string
	src := "# a comment\n\n  alpha beta  \n\t# indented comment\ngamma\n"
	if err := Lines(src, func(n int, line string) error {
		got = append(got, fmt.Sprintf("%d:%s", n, line))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if want := []string{"3:alpha beta", "5:gamma"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	stop := errors.New("stop")
	calls := 0
	if err := Lines("a\nb\n", func(int, string) error { calls++; return stop }); err != stop || calls != 1 {
		t.Errorf("Lines = %v after %d calls, want the callback's error after 1", err, calls)
	}
}
