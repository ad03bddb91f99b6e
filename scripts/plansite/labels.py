"""Render stage helper: every generated heading and label, in one table (vi, en)."""

from __future__ import annotations

LANGS = ("vi", "en")

LABELS: dict[str, tuple[str, str]] = {
    # page titles
    "tasks": ("Nhiệm vụ", "Tasks"),
    "task": ("Nhiệm vụ", "Task"),
    "organisations": ("Đơn vị thực hiện", "Organisations"),
    "documents": ("Văn bản", "Documents"),
    "programmes": ("Chương trình 2013–2018", "Programmes 2013–2018"),
    "programme": ("Chương trình", "Programme"),
    "movements": ("Phong trào thi đua và cuộc vận động", "Emulation movements and campaign"),
    "timeline": ("Mốc thời gian", "Timeline"),
    "glossary": ("Thuật ngữ và chữ viết tắt", "Glossary and abbreviations"),
    "data": ("Dữ liệu mở", "Open data"),
    "calendars": ("Lịch nhắc việc", "Calendars"),
    "changes": ("Những gì đã thay đổi từ năm 2014", "What has changed since 2014"),
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
    "section_ii_note": (
        "Mục III của kế hoạch giao các cấp công đoàn triển khai các nội dung của mục II; "
        "vì vậy nhiệm vụ được ghi cho các cấp đó.",
        "Section III of the plan tells every union level to carry out section II; "
        "so the task is listed for those levels.",
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
    "col_province": ("Cấp tỉnh", "Province"),
    "col_district": ("Huyện, ngành", "District, sector"),
    "col_grassroots": ("Cơ sở", "Grassroots"),
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
        "Kế hoạch không nêu ngày cho việc đánh giá hằng tháng; lịch nhắc vào ngày cuối mỗi tháng.",
        "The plan gives no day for the monthly assessment; the calendar reminds on the last day of each month.",
    ),
    # changes since 2014
    "changes_intro": (
        "Kế hoạch ban hành năm 2014. Từ đó luật pháp và địa giới hành chính đã thay đổi. "
        "Mỗi mục dưới đây ghi rõ nguồn và độ tin cậy.",
        "The plan dates from 2014. Laws and the province itself have changed since. "
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
}


def t(key: str, lang: str) -> str:
    vi, en = LABELS[key]
    return vi if lang == "vi" else en
