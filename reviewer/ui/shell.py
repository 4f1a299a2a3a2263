"""The app's windows: the start page, or one project's main window at a time.

Opening a project, creating one with the wizard, the sample project, recent projects and
the settings all pass through here, so every way in ends the same way: a clear message if
the file cannot be opened, a read-only offer if it is locked, the window otherwise.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reviewer.errors import ProjectLockedError, ProjectNotWritableError, ReviewerError
from reviewer.paths import data_dir
from reviewer.project import Project
from reviewer.settings import load_settings
from reviewer.ui.guarded import refused
from reviewer.ui.main_window import MainWindow
from reviewer.ui.recent import RecentProject, RecentProjects
from reviewer.ui.start_page import StartPage
from reviewer.ui.wizard import NewProjectWizard, default_folder


class Shell(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.recent = RecentProjects()
        self.window: MainWindow | None = None
        self.start: StartPage | None = None
        self._replacing = False  # a window closes because another takes its place

    def parent_widget(self) -> QWidget | None:
        return self.window or self.start

    # -- the start page ------------------------------------------------------------------

    def show_start(self) -> StartPage:
        if self.start is None:
            self.start = StartPage()
            self.start.new_requested.connect(self.new_project)
            self.start.open_requested.connect(self.open_path)
            self.start.sample_requested.connect(self.open_sample)
            self.start.settings_requested.connect(self.edit_settings)
            self.start.forget_requested.connect(self._forget)
            self.start.closed.connect(self._start_closed)
        self.start.set_recent(self.recent.entries())
        self.start.show()
        self.start.raise_()
        self.start.activateWindow()
        return self.start

    def _start_closed(self) -> None:
        if self.window is None:
            QCoreApplication.quit()

    def _forget(self, path: str) -> None:
        self.recent.forget(path)
        if self.start is not None:
            self.start.set_recent(self.recent.entries())

    # -- opening -------------------------------------------------------------------------

    def open_path(self, path: str) -> MainWindow | None:
        """A project file or a package from a colleague, or "" to choose one."""
        if not path:
            chosen, _filter = QFileDialog.getOpenFileName(
                self.parent_widget(), self.tr("Open a project"), str(default_folder()),
                self.tr("Aktgranskning projects and packages (*.aktg *.aktgx)"))
            if not chosen:
                return None
            path = chosen
        if path.lower().endswith(".aktgx"):
            return self.import_package(path)
        return self.open_project(Path(path))

    def import_package(self, path: str) -> MainWindow | None:
        """A colleague's package as a project file of its own, opened."""
        from reviewer.exchange import import_package, read_manifest
        from reviewer.ui.exchange_dialogs import (
            choose_package,
            password_for,
            run_busy,
            with_identity_check,
        )
        from reviewer.ui.wizard import file_name_for

        parent = self.parent_widget()
        package = Path(path) if path else choose_package(parent)
        if package is None:
            return None
        go_on, password = password_for(parent, package)
        if not go_on:
            return None
        # An encrypted package keeps its title sealed until opened: the file's name then.
        title = read_manifest(package).project_title or package.stem
        chosen, _filter = QFileDialog.getSaveFileName(
            parent, self.tr("Save the imported project as"),
            str(file_name_for(title, package.parent)),
            self.tr("Aktgranskning projects (*.aktg)"))
        if not chosen:
            return None
        target = Path(chosen if chosen.endswith(".aktg") else chosen + ".aktg")
        author = load_settings().author
        try:
            imported = with_identity_check(parent, lambda allow: run_busy(
                parent, self.tr("Importing {file}…").format(file=package.name),
                lambda: import_package(package, target, author=author, password=password,
                                       allow_identity=allow)))
        except ReviewerError as exc:
            refused(parent, exc)
            return None
        return None if imported is None else self.open_project(target)

    def restore(self) -> MainWindow | None:
        """Put a backup in the place of the open project, then open it again."""
        from reviewer.backups import restore_backup
        from reviewer.ui.exchange_dialogs import BackupsDialog

        window = self.window
        if window is None:
            return None
        path, project_id = window.ops.project.path, window.ops.project.info.id
        dialog = BackupsDialog(path, project_id, window)
        if not dialog.exec() or dialog.chosen is None:
            return None
        self._replacing = True
        try:
            window.close()  # the project is closed, so its file can be replaced
            restore_backup(path, dialog.chosen.path, project_id, load_settings().backups)
        except ReviewerError as exc:
            refused(None, exc)
        finally:
            self._replacing = False
        reopened = self.open_project(path)
        if reopened is None:
            self.show_start()  # the app must not be left without a window
        return reopened

    def open_project(self, path: Path) -> MainWindow | None:
        """The project's window, or None after telling the auditor why not."""
        path = Path(path)
        if self.window is not None and self.window.ops.project.path.resolve() == path.resolve():
            self.window.raise_()
            self.window.activateWindow()
            return self.window
        project = self._open(path)
        if project is None:
            return None
        window = MainWindow(project, load_settings().author)
        window.new_requested.connect(self.new_project)
        window.open_requested.connect(self.open_path)
        window.sample_requested.connect(self.open_sample)
        window.settings_requested.connect(self.edit_settings)
        window.import_requested.connect(self.import_package)
        window.restore_requested.connect(self.restore)
        window.closed.connect(self._window_closed)
        earlier = self.recent.get(project.path)
        if earlier is not None and earlier.case_file_id:
            window.select_case_file(earlier.case_file_id)
        self.recent.remember(RecentProject(
            path=str(project.path), title=project.info.title,
            organisation=project.info.organisation, done=earlier.done if earlier else 0,
            files=earlier.files if earlier else 0,
            case_file_id=earlier.case_file_id if earlier else ""))
        window.set_recent(self.recent.entries())
        if self.window is not None:
            self._replacing = True
            self.window.close()  # its project is closed, and the new one takes its place
            self._replacing = False
        self.window = window
        window.show()
        if self.start is not None:
            self.start.hide()
        window.activateWindow()
        window.form.setFocus()
        if not project.file.readonly:
            self._back_up(window)
        return window

    def _back_up(self, window: MainWindow) -> None:
        """A rolling backup of the project just opened, made off the UI thread."""
        from reviewer.backups import make_backup

        project = window.ops.project
        path, project_id, keep = project.path, project.info.id, load_settings().backups
        window.background.run(lambda: make_backup(path, project_id, keep), lambda _made: None,
                              lambda error: window.statusBar().showMessage(str(error)))

    def _open(self, path: Path) -> Project | None:
        parent = self.parent_widget()
        try:
            return Project.open(path)
        except (ProjectLockedError, ProjectNotWritableError) as exc:
            choice = QMessageBox.question(
                parent, "Aktgranskning", f"{exc}\n\n" + self.tr("Open it read-only?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes)
            if choice != QMessageBox.StandardButton.Yes:
                return None
            try:
                return Project.open(path, readonly=True)
            except ReviewerError as again:
                QMessageBox.critical(parent, "Aktgranskning", str(again))
        except ReviewerError as exc:
            QMessageBox.critical(parent, "Aktgranskning", str(exc))
        return None

    def _window_closed(self, entry: RecentProject, to_start: bool) -> None:
        self.recent.remember(entry)
        if self.window is not None and \
                self.window.ops.project.path.resolve() == Path(entry.path).resolve():
            self.window = None
        if to_start:
            self.show_start()
        elif not self._replacing:
            QCoreApplication.quit()  # the app's last window (see app.main)

    # -- other ways in ---------------------------------------------------------------------

    def new_project(self) -> MainWindow | None:
        wizard = NewProjectWizard(load_settings().convention, self.parent_widget())
        if wizard.exec() and wizard.created is not None:
            return self.open_project(wizard.created)
        return None

    def sample_path(self) -> Path:
        return data_dir() / "exempel" / "exempel.aktg"

    def open_sample(self) -> MainWindow | None:
        """The sample project (the published Torsby review), written the first time."""
        from reviewer.sample import write_demo

        path = self.sample_path()
        if not path.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                write_demo(path).close()
            except OSError as exc:
                QMessageBox.critical(self.parent_widget(), "Aktgranskning", self.tr(
                    "The sample project could not be written to {path}: {detail}").format(
                    path=path, detail=exc.strerror or exc))
                return None
            except ReviewerError as exc:
                QMessageBox.critical(self.parent_widget(), "Aktgranskning", str(exc))
                return None
        return self.open_project(path)

    def edit_settings(self) -> None:
        from reviewer.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.parent_widget())
        if dialog.exec() and self.window is not None:
            self.window.ops.author = dialog.chosen().author
