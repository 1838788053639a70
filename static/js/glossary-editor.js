// The editor's side of glossary links (courses/glossary.py): a Draftail entity whose source opens Wagtail's snippet
// chooser for glossary terms. Plain JavaScript on Wagtail's globals (window.React, window.DraftJS, window.draftail):
// there is no build step.
(function () {
  "use strict";
  var React = window.React;
  var DraftJS = window.DraftJS;
  var draftail = window.draftail;

  class GlossarySource extends draftail.ModalWorkflowSource {
    getChooserConfig() {
      return {
        url: this.props.entityType.chooserUrls.glossaryChooser,
        urlParams: {},
        onload: window.CHOOSER_MODAL_ONLOAD_HANDLERS,
        responses: { chosen: this.onChosen },
      };
    }

    filterEntityData(data) {
      return { id: data.id, term: data.string, edit_url: data.edit_url };
    }

    // Like Wagtail's own links, but MUTABLE (Wagtail's table of link mutability knows only its own entity types), so
    // the word stays editable text; with nothing selected, the chosen term's own words are put in.
    onChosen(data) {
      var editorState = this.props.editorState;
      var content = editorState.getCurrentContent();
      var selection = editorState.getSelection();
      content = content.createEntity(this.props.entityType.type, "MUTABLE", this.filterEntityData(data));
      var entityKey = content.getLastCreatedEntityKey();
      var nextState;
      if (selection.isCollapsed()) {
        content = DraftJS.Modifier.replaceText(content, selection, data.string, null, entityKey);
        nextState = DraftJS.EditorState.push(editorState, content, "insert-characters");
      } else {
        nextState = DraftJS.RichUtils.toggleLink(
          DraftJS.EditorState.push(editorState, content, "apply-entity"), selection, entityKey
        );
      }
      this.workflow.close();
      this.props.onComplete(nextState);
    }
  }

  function GlossaryTerm(props) {
    var data = props.contentState.getEntity(props.entityKey).getData();
    return React.createElement(draftail.TooltipEntity, Object.assign({}, props, {
      icon: "#icon-help",
      label: data.term ? "Glossary: " + data.term : "Missing glossary term",
      url: data.edit_url || null,
    }));
  }

  draftail.registerPlugin({ type: "GLOSSARY", source: GlossarySource, decorator: GlossaryTerm }, "entityTypes");
})();
