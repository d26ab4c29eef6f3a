package jp.mamori.app.admin;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.mamori.app.common.Messages;
import jp.mamori.app.common.ScreenAction;
import jp.mamori.app.common.SessionCall;
import jp.mamori.app.main.ScreenContext;
import jp.mamori.db.client.CatalogueAdminApi;
import jp.mamori.db.client.CatalogueAdminApi.Duty;
import jp.mamori.db.client.CatalogueAdminApi.Section;

/**
 * 所属・連携事務 (ADR 0015): sections and linkage duties; add, rename, retire (a duty with open items
 * only with a duty that takes them over); and the import of the city's catalogue files — first a
 * dry run on this terminal that names the file and line of a problem, then the all-or-nothing import.
 */
public final class CatalogueViewModel {

    /** Screen id in the 操作ログ. */
    public static final String SCREEN = "admin.sections";

    /** A retirement waiting for confirmation. */
    public enum Retiring {
        SECTION, DUTY
    }

    private final ScreenContext context;
    private final ObservableList<Section> sections = FXCollections.observableArrayList();
    private final ObservableList<Duty> duties = FXCollections.observableArrayList();
    private final ObjectProperty<Section> selectedSection = new SimpleObjectProperty<>();
    private final ObjectProperty<Duty> selectedDuty = new SimpleObjectProperty<>();
    private final StringProperty sectionName = new SimpleStringProperty("");
    private final StringProperty businessName = new SimpleStringProperty("");
    private final StringProperty systemName = new SimpleStringProperty("");
    private final ObjectProperty<Duty> transferTo = new SimpleObjectProperty<>();
    private final StringProperty newCode = new SimpleStringProperty("");
    private final StringProperty newName = new SimpleStringProperty("");
    private final BooleanProperty newHolds = new SimpleBooleanProperty(false);
    private final BooleanProperty newLinkage = new SimpleBooleanProperty(false);
    private final ObjectProperty<Section> newDutySection = new SimpleObjectProperty<>();
    private final StringProperty newBusiness = new SimpleStringProperty("");
    private final StringProperty newSystem = new SimpleStringProperty("");
    private final ObjectProperty<Path> sectionsFile = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> dutiesFile = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<CatalogueDryRun> dryRun = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper dryRunReport = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Retiring> retiring = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public CatalogueViewModel(ScreenContext context) {
        this.context = Objects.requireNonNull(context, "context");
        selectedSection.addListener((obs, old, now) -> {
            retiring.set(null);
            sectionName.set(now == null ? "" : now.name());
        });
        selectedDuty.addListener((obs, old, now) -> {
            retiring.set(null);
            transferTo.set(null);
            businessName.set(now == null ? "" : now.businessName());
            systemName.set(now == null ? "" : now.systemName());
        });
        sectionsFile.addListener((obs, old, now) -> forgetDryRun());
        dutiesFile.addListener((obs, old, now) -> forgetDryRun());
    }

    public void load() {
        run(ScreenAction.of(SCREEN, "list"), s -> {
            CatalogueAdminApi api = s.procedures(CatalogueAdminApi.class);
            return new Lists(api.sections(SCREEN), api.duties(SCREEN));
        }, lists -> {
            String section = selectedSection.get() == null ? null : selectedSection.get().sectionCode();
            Integer duty = selectedDuty.get() == null ? null : selectedDuty.get().dutyId();
            sections.setAll(lists.sections());
            duties.setAll(lists.duties());
            selectedSection.set(lists.sections().stream().filter(x -> x.sectionCode().equals(section)).findFirst()
                    .orElse(null));
            selectedDuty.set(lists.duties().stream().filter(x -> duty != null && x.dutyId() == duty).findFirst()
                    .orElse(null));
        });
    }

    private record Lists(List<Section> sections, List<Duty> duties) {
    }

    public void addSection() {
        String code = newCode.get().strip();
        String name = newName.get().strip();
        boolean holds = newHolds.get();
        boolean linkage = newLinkage.get();
        run(new ScreenAction(SCREEN, "section-add", code), s -> {
            s.procedures(CatalogueAdminApi.class).addSection(SCREEN, code, name, holds, linkage);
            return Boolean.TRUE;
        }, done -> {
            newCode.set("");
            newName.set("");
            message.set(Messages.get("catalogue.sectionAdded", name, code));
            load();
        });
    }

    public void renameSection() {
        Section section = selectedSection.get();
        String name = sectionName.get().strip();
        if (section != null) {
            run(new ScreenAction(SCREEN, "section-rename", section.sectionCode()), s -> {
                s.procedures(CatalogueAdminApi.class).renameSection(SCREEN, section.sectionCode(), name);
                return Boolean.TRUE;
            }, done -> {
                message.set(Messages.get("catalogue.sectionRenamed", section.sectionCode(), name));
                load();
            });
        }
    }

    public void addDuty() {
        Section section = newDutySection.get();
        String business = newBusiness.get().strip();
        String system = newSystem.get().strip();
        if (section == null) {
            error.set(Messages.get("catalogue.duty.sectionRequired"));
            return;
        }
        run(new ScreenAction(SCREEN, "duty-add", section.sectionCode()), s -> s.procedures(CatalogueAdminApi.class)
                .addDuty(SCREEN, section.sectionCode(), business, system), id -> {
                    newBusiness.set("");
                    newSystem.set("");
                    message.set(Messages.get("catalogue.dutyAdded", business, system, section.name()));
                    load();
                });
    }

    public void renameDuty() {
        Duty duty = selectedDuty.get();
        String business = businessName.get().strip();
        String system = systemName.get().strip();
        if (duty != null) {
            run(new ScreenAction(SCREEN, "duty-rename", Integer.toString(duty.dutyId())), s -> {
                s.procedures(CatalogueAdminApi.class).renameDuty(SCREEN, duty.dutyId(), business, system);
                return Boolean.TRUE;
            }, done -> {
                message.set(Messages.get("catalogue.dutyRenamed", business, system));
                load();
            });
        }
    }

    /** Active duties that could take over the selected duty's open items. */
    public List<Duty> transferCandidates() {
        Duty duty = selectedDuty.get();
        return duties.stream().filter(d -> d.active() && (duty == null || d.dutyId() != duty.dutyId())).toList();
    }

    /** Asks to confirm a retirement; a duty with open items needs the duty that takes them over first. */
    public void requestRetire(Retiring what) {
        message.set("");
        if (what == Retiring.SECTION && selectedSection.get() != null) {
            retiring.set(what);
        } else if (what == Retiring.DUTY && selectedDuty.get() != null) {
            if (selectedDuty.get().openItems() > 0 && transferTo.get() == null) {
                error.set(Messages.get("catalogue.retire.transferRequired", selectedDuty.get().openItems()));
                return;
            }
            error.set("");
            retiring.set(what);
        }
    }

    public void cancelRetire() {
        retiring.set(null);
    }

    public String confirmationText() {
        Retiring what = retiring.get();
        if (what == Retiring.SECTION && selectedSection.get() != null) {
            return Messages.get("catalogue.confirm.section", selectedSection.get().name(),
                    selectedSection.get().sectionCode());
        }
        Duty duty = selectedDuty.get();
        if (what == Retiring.DUTY && duty != null) {
            return duty.openItems() > 0 && transferTo.get() != null
                    ? Messages.get("catalogue.confirm.dutyTransfer", duty.businessName(), duty.openItems(),
                            transferTo.get().businessName(), transferTo.get().sectionCode())
                    : Messages.get("catalogue.confirm.duty", duty.businessName(), duty.systemName());
        }
        return "";
    }

    public void confirmRetire() {
        Retiring what = retiring.get();
        retiring.set(null);
        if (what == Retiring.SECTION && selectedSection.get() != null) {
            Section section = selectedSection.get();
            run(new ScreenAction(SCREEN, "section-retire", section.sectionCode()), s -> {
                s.procedures(CatalogueAdminApi.class).retireSection(SCREEN, section.sectionCode());
                return Boolean.TRUE;
            }, done -> {
                message.set(Messages.get("catalogue.sectionRetired", section.name()));
                load();
            });
        } else if (what == Retiring.DUTY && selectedDuty.get() != null) {
            Duty duty = selectedDuty.get();
            Integer target = duty.openItems() > 0 && transferTo.get() != null ? transferTo.get().dutyId() : null;
            run(new ScreenAction(SCREEN, "duty-retire", Integer.toString(duty.dutyId())), s -> s.procedures(
                    CatalogueAdminApi.class).retireDuty(SCREEN, duty.dutyId(), target), result -> {
                        message.set(Messages.get("catalogue.dutyRetired", duty.businessName(), result.moved(),
                                result.merged()));
                        load();
                    });
        }
    }

    /** Reads and checks the two chosen files on this terminal; nothing is sent. */
    public void dryRun() {
        Path sectionsPath = sectionsFile.get();
        Path dutiesPath = dutiesFile.get();
        if (sectionsPath == null || dutiesPath == null) {
            error.set(Messages.get("catalogue.import.chooseBoth"));
            return;
        }
        List<Section> knownSections = List.copyOf(sections);
        List<Duty> knownDuties = List.copyOf(duties);
        busy.set(true);
        error.set("");
        message.set("");
        context.executor().execute(() -> CatalogueDryRun.of(sectionsPath, dutiesPath, knownSections, knownDuties),
                result -> {
                    busy.set(false);
                    dryRun.set(result);
                    dryRunReport.set(result.passed()
                            ? Messages.get("catalogue.import.passed", result.newSections(), result.keptSections(),
                                    result.newDuties(), result.keptDuties())
                            : Messages.get("catalogue.import.failed", context.errors().messageFor(result.problem())));
                }, failure -> {
                    busy.set(false);
                    dryRunReport.set(Messages.get("catalogue.import.unreadable"));
                });
    }

    /** Imports the files that passed the dry run, all or nothing. */
    public void commitImport() {
        CatalogueDryRun checked = dryRun.get();
        if (checked == null || !checked.passed()) {
            return;
        }
        run(ScreenAction.of(SCREEN, "import"), s -> s.procedures(CatalogueAdminApi.class).importCatalogue(SCREEN,
                checked.sectionsCsv(), checked.dutiesCsv()), result -> {
                    forgetDryRun();
                    message.set(Messages.get("catalogue.imported", result.sectionsAdded(), result.sectionsKept(),
                            result.dutiesAdded(), result.dutiesKept(), result.setItemsAdded()));
                    load();
                });
    }

    private void forgetDryRun() {
        dryRun.set(null);
        dryRunReport.set("");
    }

    private <T> void run(ScreenAction action, SessionCall<T> call, Consumer<T> onSuccess) {
        busy.set(true);
        error.set("");
        context.actions().call(action, call, result -> {
            busy.set(false);
            onSuccess.accept(result);
        }, failure -> {
            busy.set(false);
            if (context.errors().endsSession(failure)) {
                context.actions().showFailure(failure);
            } else {
                error.set(context.errors().messageFor(failure));
            }
        });
    }

    public ObservableList<Section> sections() { return sections; }
    public ObservableList<Duty> duties() { return duties; }
    public ObjectProperty<Section> selectedSectionProperty() { return selectedSection; }
    public ObjectProperty<Duty> selectedDutyProperty() { return selectedDuty; }
    public StringProperty sectionNameProperty() { return sectionName; }
    public StringProperty businessNameProperty() { return businessName; }
    public StringProperty systemNameProperty() { return systemName; }
    public ObjectProperty<Duty> transferToProperty() { return transferTo; }
    public StringProperty newCodeProperty() { return newCode; }
    public StringProperty newNameProperty() { return newName; }
    public BooleanProperty newHoldsProperty() { return newHolds; }
    public BooleanProperty newLinkageProperty() { return newLinkage; }
    public ObjectProperty<Section> newDutySectionProperty() { return newDutySection; }
    public StringProperty newBusinessProperty() { return newBusiness; }
    public StringProperty newSystemProperty() { return newSystem; }
    public ObjectProperty<Path> sectionsFileProperty() { return sectionsFile; }
    public ObjectProperty<Path> dutiesFileProperty() { return dutiesFile; }
    public ReadOnlyObjectProperty<CatalogueDryRun> dryRunProperty() { return dryRun.getReadOnlyProperty(); }
    public ReadOnlyStringProperty dryRunReportProperty() { return dryRunReport.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Retiring> retiringProperty() { return retiring.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
}
