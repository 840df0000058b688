// Package atomicfile writes files so that readers see the old content or
// the new, never a partial one.
package atomicfile

import (
	"fmt"
	"os"
	"path/filepath"
)

// Write writes data to a temporary file beside path, syncs it and renames
// it over path. On any error the temporary file is removed and path is
// left as it was.
func Write(path string, data []byte, perm os.FileMode) (err error) {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return fmt.Errorf("%s: is a directory", path)
	}
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("%s: %w", path, unwrap(err))
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if _, err = f.Write(data); err != nil {
		return fmt.Errorf("%s: %w", path, unwrap(err))
	}
	if err = f.Sync(); err != nil {
		return fmt.Errorf("%s: %w", path, unwrap(err))
	}
	if err = f.Chmod(perm); err != nil {
		return fmt.Errorf("%s: %w", path, unwrap(err))
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("%s: %w", path, unwrap(err))
	}
	if err = os.Rename(tmp, path); err != nil {
		return fmt.Errorf("%s: %w", path, unwrap(err))
	}
	return nil
}

func unwrap(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	if le, ok := err.(*os.LinkError); ok {
		return le.Err
	}
	return err
}
