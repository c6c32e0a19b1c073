package ner

import (
	"fmt"
	"io"
	"os"
)

func openFile(path string) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	return f, nil
}
