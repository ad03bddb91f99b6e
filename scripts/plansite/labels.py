"""Render stage helper: every generated heading and label, in one table (vi, en)."""

from __future__ import annotations

LANGS = ("vi", "en")

LABELS: dict[str, tuple[str, str]] = {
    # page titles
    "tasks": ("Nhiệm vụ", "Tasks"),
    "task": ("Nhiệm vụ", "Task"),
    "organisations": ("Đơn vị thực hiện", "Organisations"),
    "documents": ("Văn bản", "Documents"),
    "programmes": ("Chương trình", "Programmes"),
    "programme": ("Chương trình", "Programme"),
    "movements": ("Phong trào thi đua và cuộc vận động", "Emulation movements and campaign"),
    "timeline": ("Mốc thời gian", "Timeline"),
    "glossary": ("Thuật ngữ và chữ viết tắt", "Glossary and abbreviations"),
    "data": ("Dữ liệu mở", "Open data"),
    "calendars": ("Lịch nhắc việc", "Calendars"),
    "changes": ("Những gì đã thay đổi", "What has changed"),
    # long lists split over pages (render.paging)
    "pages": ("Trang", "Pages"),
    "continued": ("tiếp theo", "continued"),
    "page_n": ("trang", "page"),
    # generated-page notice
    "generated": (
        "Trang này được tạo tự động từ dữ liệu của trang web",
        "This page is generated from the site's data",
    ),
    # task page
    "quote_source": ("Trích nguyên văn kế hoạch, đoạn", "Quoted verbatim from the plan, paragraph"),
    "quote_source_en": (
        "Bản dịch không chính thức của kế hoạch, đoạn",
        "Unofficial translation of the plan, paragraph",
    ),
    "translation_pending": (
        "Bản dịch tiếng Anh đang được chuẩn bị.",
        "The English translation is pending; the Vietnamese text is shown.",
    ),
    "group": ("Nhóm nội dung", "Group"),
    "responsible": ("Đơn vị thực hiện", "Responsible"),
    "supporting": ("Phối hợp", "Supporting"),
    "rests_on": ("Căn cứ", "Rests on"),
    "deadlines": ("Thời hạn và định kỳ", "Deadlines and recurrence"),
    "no_deadline": (
        "Kế hoạch không nêu thời hạn riêng cho nhiệm vụ này; thực hiện thường xuyên.",
        "The plan sets no deadline of its own for this task; it is ongoing.",
    ),
    "aims": ("Phục vụ mục đích", "Serves the aims"),
    "aims_note": (
        "Liên kết với mục đích là cách đọc của ban biên tập, không phải của văn bản gốc.",
        "The link to aims is the editors' reading, not part of the original text.",
    ),
    "previous": ("Nhiệm vụ trước", "Previous task"),
    "next": ("Nhiệm vụ sau", "Next task"),
    "all_tasks": ("Tất cả nhiệm vụ", "All tasks"),
    # matrix
    "matrix": ("Ma trận trách nhiệm", "Responsibility matrix"),
    "matrix_intro": (
        "Mỗi dòng là một nhiệm vụ; mỗi cột là một cấp công đoàn.",
        "Each row is a task; each column a union level.",
    ),
    "lead": ("thực hiện", "carries out"),
    "support": ("phối hợp", "supports"),
    "by_group": ("Theo nhóm nội dung", "By group"),
    # organisation page
    "must_do": ("Cấp này phải làm gì", "What this level must do"),
    "supports_tasks": ("Phối hợp thực hiện", "Supports"),
    "reporting": ("Báo cáo và thời hạn", "Reporting and deadlines"),
    "reports_to": ("Báo cáo lên", "Reports to"),
    "reports_via": ("qua", "via"),
    "reported_by": ("Nhận báo cáo từ", "Receives reports from"),
    "part_of": ("Trực thuộc", "Part of"),
    "units": ("Đơn vị trực thuộc", "Units"),
    "level": ("Cấp", "Level"),
    "calendar_file": ("Tải lịch của đơn vị (.ics)", "Download this organisation's calendar (.ics)"),
    "no_tasks": (
        "Kế hoạch không giao nhiệm vụ riêng cho đơn vị này.",
        "The plan gives this body no task of its own.",
    ),
    # document card
    "number": ("Số hiệu", "Number"),
    "type": ("Loại văn bản", "Type"),
    "title": ("Tên", "Title"),
    "issuer": ("Cơ quan ban hành", "Issued by"),
    "signer": ("Người ký", "Signed by"),
    "issue_date": ("Ngày ban hành", "Issued on"),
    "effective_date": ("Ngày có hiệu lực", "In force from"),
    "certainty": ("Độ tin cậy", "How sure"),
    "field": ("Thông tin", "Field"),
    "details": ("Thông tin văn bản", "Document details"),
    "value": ("Giá trị", "Value"),
    "status": ("Tình trạng", "Status"),
    "status_as_of": ("tính đến ngày", "as of"),
    "relations": ("Quan hệ với văn bản khác", "Relations to other documents"),
    "implements": ("Thực hiện", "Implements"),
    "implemented_by": ("Được thực hiện bởi", "Implemented by"),
    "based_on": ("Căn cứ vào", "Based on"),
    "basis_for": ("Là căn cứ của", "Basis for"),
    "replaces": ("Thay thế", "Replaces"),
    "replaced_by": ("Bị thay thế bởi", "Replaced by"),
    "amends": ("Sửa đổi", "Amends"),
    "amended_by": ("Được sửa đổi bởi", "Amended by"),
    "cited_by": ("Được nhắc đến ở", "Cited by"),
    "cited_in_plan": ("Đoạn kế hoạch", "Plan paragraphs"),
    "cited_in_tasks": ("Nhiệm vụ", "Tasks"),
    "summary": ("Tóm tắt của ban biên tập", "Editors' summary"),
    "summary_note": (
        "Đây là tóm tắt bằng lời của ban biên tập, không phải văn bản pháp luật.",
        "This is a summary in the editors' words, not legal text.",
    ),
    # Authored prose joined with a card (plansite.render.authored).
    "authored_summary": ("Tóm tắt của ban biên tập", "Editors' summary"),
    "authored_summary_note": (
        "Các ý dưới đây là lời của ban biên tập, không phải nguyên văn văn bản. Cuối mỗi ý "
        "là nguồn của ý đó: một số dẫn đến mục Nguồn cuối trang, hoặc một đoạn của kế hoạch.",
        "The points below are in the editors' words, not the document's own. Each point ends "
        "with its source: a number leading to Sources at the end of the page, or a paragraph "
        "of the plan.",
    ),
    "plan_short": ("Kế hoạch", "Plan"),
    "why_cited": ("Vì sao kế hoạch nhắc đến", "Why the plan cites it"),
    "notes": ("Ghi chú", "Notes"),
    "source": ("Nguồn", "Source"),
    "full_text": ("Toàn văn", "Full text"),
    "full_text_search": (
        "Tìm toàn văn trên Cơ sở dữ liệu quốc gia về văn bản pháp luật (vbpl.vn)",
        "Search the full text on the national legal database (vbpl.vn)",
    ),
    "unknown_value": ("chưa rõ", "unknown"),
    "programme_of": (
        "Chương trình do văn bản này triển khai",
        "Programme carried out by this document",
    ),
    # pictures (plansite.diagrams)
    "dg_relations": ("Sơ đồ quan hệ của văn bản", "Diagram of the document's relations"),
    "dg_relations_desc": (
        "Văn bản này ở giữa; bên trái là văn bản nó thực hiện, căn cứ, thay thế hoặc sửa đổi; "
        "bên phải là văn bản thực hiện, căn cứ, thay thế hoặc sửa đổi nó. Danh sách dưới sơ "
        "đồ ghi cùng các quan hệ bằng chữ.",
        "This document is in the middle; on the left, the documents it implements, is based "
        "on, replaces or amends; on the right, those that implement, rest on, replace or amend "
        "it. The list below the diagram gives the same relations in words.",
    ),
    "dg_chain": (
        "Sơ đồ chuỗi văn bản và các dòng luật",
        "The chain of documents and the law lineages",
    ),
    "dg_chain_desc": (
        "Phần trên: chuỗi văn bản mà kế hoạch thực hiện và căn cứ, và các chương trình; "
        "mũi tên đi từ văn bản thực hiện đến văn bản được thực hiện. Phần dưới: "
        "mỗi dòng là một luật qua các lần thay thế, sửa đổi, cũ bên trái, mới bên phải.",
        "Top: the chain of documents the plan implements and rests on, and the programmes; "
        "arrows go from the implementing document to the one it implements. "
        "Bottom: each row is one law through its replacements and amendments, oldest on the left.",
    ),
    "dg_chain_part": ("Chuỗi văn bản", "Chain of documents"),
    "dg_lineage_part": ("Các dòng luật: thay thế và sửa đổi", "Law lineages: replaced and amended"),
    "dg_as_text": ("Sơ đồ dưới dạng chữ", "The diagram in words"),
    "dg_scroll": (
        "Sơ đồ (cuộn ngang nếu màn hình hẹp)",
        "Diagram (scrolls sideways on a narrow screen)",
    ),
    "dg_more": (
        "Sơ đồ chỉ vẽ {shown} trên {total} mục; bảng bên dưới có đủ.",
        "The diagram shows {shown} of {total} items; the table below has them all.",
    ),
    "dg_more_lines": (
        "Sơ đồ chỉ vẽ {shown} trên {total} đơn vị báo cáo; trang của từng đơn vị có đủ.",
        "The diagram shows {shown} of {total} reporting bodies; each body's page has the rest.",
    ),
    "dg_rel_implements": ("thực hiện", "implements"),
    "dg_rel_based_on": ("căn cứ vào", "based on"),
    "dg_rel_replaces": ("thay thế", "replaces"),
    "dg_rel_amends": ("sửa đổi", "amends"),
    "dg_rel_programme": ("triển khai chương trình", "carries out"),
    "dg_rel_successor": ("công việc chuyển cho", "work passed to"),
    "dg_rel_reports": ("báo cáo", "reports to"),
    "dg_year_unknown": ("năm chưa rõ", "year unknown"),
    "dg_here": ("Văn bản đang xem", "The document on this page"),
    "dg_st_in_force": ("còn hiệu lực", "in force"),
    "dg_st_amended": ("đã được sửa đổi", "amended"),
    "dg_st_superseded": ("đã bị thay thế", "replaced"),
    "dg_st_ended": ("hết giai đoạn", "period ended"),
    "dg_st_pending": ("chưa có hiệu lực", "not yet in force"),
    "dg_st_no_known_change": ("không rõ thay đổi", "no known change"),
    "dg_st_unknown": ("chưa rõ", "unknown"),
    "dg_legend_box": (
        "Khung: tình trạng (chữ trong khung ghi rõ)",
        "Box: status (written in the box)",
    ),
    "dg_timeline": ("Trục thời gian", "Drawn timeline"),
    "dg_timeline_desc": (
        "Mỗi dòng là một văn bản, chương trình hoặc thay đổi; chấm tròn là ngày ban hành, "
        "hình thoi là ngày có hiệu lực, thanh ngang là thời gian có hiệu lực hoặc giai đoạn "
        "thực hiện; vạch đứng là ngày tính tình trạng. Danh sách theo năm bên dưới ghi cùng "
        "các mốc bằng chữ.",
        "Each row is a document, programme or change; a dot is the date of issue, a diamond "
        "the date it came into force, a bar the time it was in force or the programme's "
        "period; the upright line is the date statuses are computed for. The list by year "
        "below gives the same dates in words.",
    ),
    "dg_today": ("Tính đến", "As of"),
    "dg_issued": ("Ngày ban hành", "Issued"),
    "dg_in_force_from": ("Ngày có hiệu lực", "In force from"),
    "dg_in_force_bar": ("Thời gian có hiệu lực", "Time in force"),
    "dg_period_bar": ("Giai đoạn của chương trình", "Programme period"),
    "dg_change": ("Thay đổi sau kế hoạch", "Change after the plan"),
    "dg_reporting": ("Sơ đồ báo cáo", "Reporting lines"),
    "dg_reporting_desc": (
        "Mũi tên đi từ đơn vị báo cáo đến đơn vị nhận báo cáo; khung trong là cơ quan mà báo "
        "cáo đi qua; chữ trên mũi tên là thời hạn. Đơn vị đã kết thúc hoạt động có khung nét "
        "đứt và ghi rõ. Danh sách dưới sơ đồ ghi cùng nội dung bằng chữ.",
        "Arrows go from the body that reports to the one that receives the report; an inner "
        "box is the office the report goes through; the words on an arrow are the deadline. "
        "Bodies that have ended have a dashed box and say so. The list below gives the same "
        "in words.",
    ),
    "dg_via": ("qua", "via"),
    "dg_by": ("hạn", "due"),
    "dg_org_active": ("Đơn vị đang hoạt động", "Body at work"),
    "dg_org_ended": ("Đơn vị đã kết thúc hoạt động", "Body that has ended"),
    "dg_org_from": ("từ", "from"),
    # statuses
    "status_in_force": ("Đang có hiệu lực", "In force"),
    "status_amended": ("Đang có hiệu lực, đã được sửa đổi", "In force, amended"),
    "status_superseded": ("Đã bị thay thế", "Superseded"),
    "status_ended": ("Đã hết giai đoạn thực hiện", "Period ended"),
    "status_pending": ("Chưa có hiệu lực", "Not yet in force"),
    "status_no_known_change": (
        "Chưa thấy văn bản thay thế",
        "No replacement known",
    ),
    "status_unknown": ("Chưa rõ", "Unknown"),
    "superseded_banner": (
        "Văn bản này đã được thay thế. Văn bản đang áp dụng:",
        "This document has been replaced. The one in force now:",
    ),
    "ended_banner": (
        "Giai đoạn thực hiện của chương trình đã kết thúc năm",
        "The programme's period ended in",
    ),
    # certainty
    "certainty_plan": ("theo kế hoạch", "as stated in the plan"),
    "certainty_checked": ("đã kiểm chứng", "checked"),
    "certainty_unverified": ("chưa kiểm chứng", "unverified"),
    "certainty_unknown": ("chưa rõ", "unknown"),
    "certainty_differs": ("nguồn khác nhau", "sources differ"),
    # sources
    "sources": ("Nguồn", "Sources"),
    "sources_intro": (
        "Thông tin ghi “đã kiểm chứng” dựa trên các nguồn công khai dưới đây; số trong ngoặc "
        "vuông ở phần trên dẫn đến nguồn tương ứng.",
        "Values marked “checked” rest on the public sources below; the numbers in square "
        "brackets above lead to them.",
    ),
    "language_vi": ("tiếng Việt", "in Vietnamese"),
    "language_en": ("tiếng Anh", "in English"),
    "variant_by": ("theo", "according to"),
    "amended_banner": (
        "Văn bản này vẫn có hiệu lực nhưng đã được sửa đổi, bổ sung. Khi dùng, hãy đọc kèm:",
        "This document is still in force but has been amended. Read it together with:",
    ),
    "from_date": ("từ ngày", "from"),
    # organisations' life
    "org_ended": ("Đã kết thúc hoạt động", "No longer exists"),
    "org_ended_short": ("đã kết thúc", "ended"),
    "org_ended_banner": ("Thời điểm kết thúc hoạt động", "Ended"),
    "org_successor": ("Công việc nay do đơn vị sau đảm nhận", "Its work is now done by"),
    "org_successor_unknown": (
        "Chưa rõ đơn vị nào nhận lại công việc của đơn vị này.",
        "It is not known who took over its work.",
    ),
    "org_duties_history": (
        "Các nhiệm vụ và thời hạn dưới đây là của kế hoạch; với đơn vị này, chúng "
        "là tư liệu lịch sử. Lịch nhắc việc của đơn vị dừng trước ngày kết thúc.",
        "The tasks and deadlines below are those of the plan; for this organisation "
        "they are history. Its calendar stops before the date it ended.",
    ),
    "org_started": ("Bắt đầu hoạt động", "Started work"),
    "org_took_over": ("Nhận lại công việc của", "Took over the work of"),
    "org_parent_ended": (
        "Đơn vị cấp trên của đơn vị này đã kết thúc hoạt động:",
        "The organisation this one belongs to has ended:",
    ),
    "org_parent_ended_title": ("Đơn vị cấp trên đã kết thúc hoạt động", "Its parent has ended"),
    "org_life": ("Quá trình hoạt động", "Life of the organisation"),
    "checklist_history": (
        "Bảng kiểm này là tư liệu lịch sử: mọi đơn vị của cấp này đã kết thúc hoạt động.",
        "This checklist is history: every organisation of this level has ended.",
    ),
    "checklist_partly_history": (
        "Một số đơn vị của cấp này đã kết thúc hoạt động; phần việc của họ là tư liệu lịch sử:",
        "Some organisations of this level have ended; their part is history:",
    ),
    # programme page
    "period": ("Giai đoạn", "Period"),
    "document": ("Văn bản triển khai", "Implementing document"),
    "tasks_resting": ("Nhiệm vụ dựa trên chương trình", "Tasks resting on this programme"),
    # movements
    "kind_movement": ("Phong trào thi đua", "Emulation movement"),
    "kind_campaign": ("Cuộc vận động", "Campaign"),
    "named_in": ("Được nêu ở", "Named in"),
    # timeline
    "timeline_intro": (
        "Các mốc theo thứ tự thời gian, nhóm theo năm: ngày ban hành và có hiệu lực của các văn bản, "
        "giai đoạn của kế hoạch và các chương trình, các việc định kỳ.",
        "Dates in order, grouped by year: when documents were issued and came into force, "
        "the periods of the plan and its programmes, and the recurring duties.",
    ),
    "recurring": ("Việc định kỳ", "Recurring duties"),
    "issued": ("ban hành", "issued"),
    "in_force_from": ("có hiệu lực", "comes into force"),
    "period_start": ("bắt đầu giai đoạn", "period begins"),
    "period_end": ("kết thúc giai đoạn", "period ends"),
    "after_plan": ("sau khi có kế hoạch", "after the plan"),
    "every_year": ("Hằng năm", "Every year"),
    "every_month": ("Hằng tháng", "Every month"),
    "before_day": ("trước ngày", "before"),
    "on_day": ("ngày", "on"),
    "in_month": ("trong", "in"),
    "who": ("Ai thực hiện", "Who"),
    # glossary
    "term": ("Chữ viết tắt", "Abbreviation"),
    "expansion": ("Nghĩa đầy đủ", "Expansion"),
    # data and calendars
    "data_intro": (
        "Toàn bộ dữ liệu của trang dưới dạng JSON chuẩn hóa, kèm JSON Schema mô tả cấu trúc.",
        "All of the site's data as normalized JSON, with the JSON Schema that describes it.",
    ),
    "calendar_intro": (
        "Tệp lịch (iCalendar, .ics) với mọi thời hạn và việc định kỳ của kế hoạch; "
        "thêm vào ứng dụng lịch trên điện thoại hoặc máy tính.",
        "Calendar files (iCalendar, .ics) with every deadline and recurring duty of the plan; "
        "add them to the calendar app on your phone or computer.",
    ),
    "calendar_all": ("Toàn bộ kế hoạch", "The whole plan"),
    "calendar_note": (
        "Việc hằng tháng mà kế hoạch không nêu ngày được nhắc vào ngày cuối mỗi tháng.",
        "A monthly duty for which the plan gives no day is reminded on the last day of each month.",
    ),
    # changes since the plan
    "changes_intro": (
        "Từ khi kế hoạch ban hành, luật pháp và tổ chức có thể đã thay đổi. "
        "Mỗi mục dưới đây ghi rõ nguồn và độ tin cậy.",
        "Laws and organisations may have changed since the plan was issued. "
        "Each item below gives its source and how sure it is.",
    ),
    "date": ("Ngày", "Date"),
    "what": ("Nội dung", "What"),
    # glossary page
    "glossary_intro": (
        "Chữ viết tắt mà kế hoạch và trang web này dùng, với nghĩa đầy đủ. Trên mọi trang, "
        "chạm hoặc đưa chuột vào một chữ viết tắt (hoặc chọn nó bằng phím Tab) để xem nghĩa.",
        "Abbreviations the plan and this site use, with their full forms. On every page, tap "
        "or hover over an abbreviation (or reach it with the Tab key) to see what it stands for.",
    ),
    # document index
    "documents_intro": (
        "Mọi văn bản mà kế hoạch nhắc đến và các văn bản sau này thay thế chúng, "
        "với tình trạng hiệu lực của từng văn bản.",
        "Every document the plan cites and the later ones that replaced them, "
        "with the validity of each.",
    ),
    # page footer (pagesource)
    "last_updated": ("Cập nhật lần cuối", "Last updated"),
    # checklists
    "checklist": ("Bảng kiểm", "Checklist"),
    "checklists": ("Bảng kiểm theo cấp", "Checklists by level"),
    "checklists_intro": (
        "Mỗi cấp công đoàn có một bảng kiểm các nhiệm vụ kế hoạch giao cho cấp mình, kèm căn cứ, "
        "thời hạn và các cột trống để ghi kết quả; in ra (khổ A4) hoặc tải về dạng bảng tính.",
        "Each union level has a checklist of the tasks the plan gives it, with their basis, "
        "deadlines and empty columns for results; print it (A4) or download it as a spreadsheet.",
    ),
    "checklist_of": ("Bảng kiểm", "Checklist"),
    "checklist_for": ("Áp dụng cho", "For"),
    "checklist_how": (
        "Các cột Kết quả, Ngày hoàn thành và Ghi chú để trống, ghi tay hoặc điền trong bảng tính. "
        "Nội dung đầy đủ của từng nhiệm vụ ở trang nhiệm vụ (bấm vào số hiệu).",
        "The Result, Date done and Notes columns are left empty, to fill in by hand or in the "
        "spreadsheet. The full text of each task is on its page (follow its number).",
    ),
    "checklist_download": ("Tải về", "Download"),
    "checklist_csv": ("bảng tính CSV (UTF-8)", "CSV spreadsheet (UTF-8)"),
    "checklist_xlsx": ("bảng tính Excel (.xlsx)", "Excel spreadsheet (.xlsx)"),
    "checklist_link": (
        "Bảng kiểm và mẫu báo cáo của cấp này",
        "This level's checklist and report form",
    ),
    "checklist_no_deadline": ("Kế hoạch không nêu thời hạn", "The plan sets no deadline"),
    "col_no": ("STT", "No."),
    "col_task": ("Nhiệm vụ", "Task"),
    "col_text": ("Nội dung", "What"),
    "col_basis": ("Căn cứ", "Legal basis"),
    "col_deadline": ("Thời hạn, định kỳ", "Deadline, recurrence"),
    "col_who": ("Thực hiện, phối hợp", "Who, with whom"),
    "col_result": ("Kết quả", "Result"),
    "col_done": ("Ngày hoàn thành", "Date done"),
    "col_notes": ("Ghi chú", "Notes"),
    "report_form": ("Mẫu báo cáo kết quả", "Report form"),
    "report_due": ("Hạn nộp", "Due"),
    "report_to": ("Gửi", "To"),
    "report_from": ("Đơn vị báo cáo", "Reporting body"),
    "report_year": ("Năm", "Year"),
    "report_plan_says": ("Kế hoạch yêu cầu (trích nguyên văn)", "What the plan asks (quoted)"),
    "report_plan_says_en": (
        "Kế hoạch yêu cầu (bản dịch không chính thức)",
        "What the plan asks (unofficial translation)",
    ),
    "report_lessons": ("Rút kinh nghiệm", "Lessons drawn"),
    "report_note": (
        "Mẫu này chỉ gồm những gì kế hoạch nêu: kết quả thực hiện từng nhiệm vụ"
        " và phần rút kinh nghiệm. Kế hoạch không quy định mẫu báo cáo chi tiết hơn.",
        "This form holds only what the plan names: the result of each task and the lessons "
        "drawn. The plan sets no more detailed report format.",
    ),
    "report_note_plain": (
        "Mẫu này chỉ gồm những gì kế hoạch nêu: kết quả thực hiện từng nhiệm vụ."
        " Kế hoạch không quy định mẫu báo cáo chi tiết hơn.",
        "This form holds only what the plan names: the result of each task. "
        "The plan sets no more detailed report format.",
    ),
    # offline copy
    "offline": ("Bản ngoại tuyến", "Offline copy"),
    "offline_intro": (
        "Bản sao toàn bộ trang web, cả tiếng Việt và tiếng Anh, trong một tệp .zip, để dùng "
        "trong các buổi tập huấn không có mạng Internet. Không cần cài đặt, không cần máy chủ.",
        "A copy of the whole site, in Vietnamese and English, in one .zip file, for training "
        "sessions without an Internet connection. Nothing to install, no server needed.",
    ),
    "offline_download": ("Tải bản ngoại tuyến", "Download the offline copy"),
    "offline_data_as_of": ("dữ liệu tính đến ngày", "data as of"),
    "offline_missing": (
        "Tệp .zip có trên trang web trực tuyến, tại trang này.",
        "The .zip file is on the online site, on this page.",
    ),
    "offline_how": ("Cách dùng", "How to use it"),
    "offline_step_download": (
        "Khi còn mạng, tải tệp .zip về máy tính xách tay.",
        "While you are online, download the .zip file to the laptop.",
    ),
    "offline_step_unzip": (
        "Giải nén tệp (trên Windows: bấm chuột phải vào tệp, chọn “Extract All…” / “Giải nén tất cả…”).",
        "Unzip it (on Windows: right-click the file and choose “Extract All…”).",
    ),
    "offline_step_open": (
        "Mở thư mục vừa giải nén và bấm đúp vào tệp index.html: trang chủ tiếng Việt mở trong "
        "trình duyệt. Trang tiếng Anh là tệp en/index.html.",
        "Open the unzipped folder and double-click index.html: the Vietnamese home page opens in "
        "the browser. The English home page is en/index.html.",
    ),
    "offline_step_update": (
        "Bản ngoại tuyến không tự cập nhật; tải lại bản mới trước mỗi đợt tập huấn.",
        "The offline copy does not update itself; download a fresh one before each training.",
    ),
}


# Words that depend on the plan (its year, its programmes, its duties): a plan words them its
# own way in data/plan.yml (`wording`); the texts above are the defaults.
PLAN_WORDS = (
    "programmes",
    "changes",
    "changes_intro",
    "org_duties_history",
    "dg_chain_desc",
    "calendar_note",
)


def t(key: str, lang: str) -> str:
    vi, en = LABELS[key]
    return vi if lang == "vi" else en


def plan_t(plan, key: str, lang: str) -> str:
    """A word of PLAN_WORDS as `plan` (model.PlanIdentity) words it, else the default; a
    pending English wording falls back to the plan's Vietnamese."""
    own = plan.wording.get(key)
    if own is None:
        return t(key, lang)
    return own.en if lang == "en" and own.en is not None else own.vi
